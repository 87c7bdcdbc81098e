"""mlp_gradients: loss and backpropagated gradients of a tanh network with one hidden layer."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "mlp_gradients"
hints = [
    "Forward pass first, keeping H: H = np.tanh(X @ W1 + b1), Y_hat = H @ W2 + b2, and the loss "
    "np.sum((Y_hat - Y) ** 2) / (2 * m) with m = X.shape[0].",
    "Backward: delta2 = (Y_hat - Y) / m. Then dW2 = H.T @ delta2 and db2 = delta2.sum(axis=0). Every "
    "gradient has the shape of its parameter: use that to place the transposes.",
    "Through the hidden layer: delta1 = (delta2 @ W2.T) * (1 - H ** 2); then dW1 = X.T @ delta1 and "
    "db1 = delta1.sum(axis=0).",
]
bans = {"mlp_gradients": ["scipy"]}
ban_reason = ("backpropagate with NumPy matrix products yourself, as the task says (no finite "
              "differences, no scipy.optimize.approx_fprime); scipy is off limits in this notebook.")

NUMERIC = ("your loss is right but your gradients are off by more than rounding, against an exact "
           "reference (to 1e-9, also for targets of size 1e8): finite differences are not accurate "
           "enough. Backpropagate with matrix products, δ₂ = (Ŷ − Y)/m, ∂L/∂W₂ = Hᵀδ₂, ..., never "
           "(L(w + h) − L(w − h)) / 2h.")
KEYS = ("W2", "b2", "W1", "b1")        # checked in the order backpropagation computes them
NO_TANH = ("the first-layer gradients miss the derivative of tanh: going back through H = tanh(Z) "
           "multiplies elementwise by 1 − H², so δ₁ = (δ₂ W₂ᵀ) ⊙ (1 − H²).")
TANH_OF_Z = ("tanh′(Z) is 1 − tanh(Z)² = 1 − H², computed from the layer's OUTPUT H; you used 1 − Z² "
             "with its input Z.")
W1_TRANSPOSED = ("dW1 came out transposed: ∂L/∂W₁ = Xᵀ δ₁ has the shape (d, h) of W₁; δ₁ᵀ X is its "
                 "transpose. (Here d = h, so the shapes cannot tell them apart.)")
NO_MEAN = ("every gradient is m times too large: the loss is a MEAN over the m rows, so δ₂ = "
           "(Ŷ − Y) / m.")
TWICE = ("every gradient is twice too large: L has the factor ½, so ∂L/∂Ŷ = (Ŷ − Y) / m, without a 2.")
SIGN = "every gradient has the wrong sign: ∂L/∂Ŷ = (Ŷ − Y) / m, prediction minus target."
LOSS_NO_HALF = "the loss is twice too large: L = (1 / 2m) Σᵢ ‖ŷᵢ − yᵢ‖², with the factor ½."
LOSS_OVER_K = ("the loss is k times too small: L averages over the m ROWS and SUMS the squared "
               "errors of the k outputs of each row, (1 / 2m) Σᵢ ‖ŷᵢ − yᵢ‖²; np.mean over all m·k "
               "entries also divides by k.")
LOSS_NO_MEAN = "the loss is m times too large: divide the sum of squares by 2m, not by 2."
TRANSPOSED = ("the gradient for {key} is transposed: a gradient has the shape of its parameter, "
              "{shape}. Swap the order of the factors and transpose both, e.g. Hᵀ δ₂ instead of δ₂ᵀ H.")
BIAS_AXIS = ("the gradient for {key} has one entry per ROW of the batch: a bias is broadcast over the "
             "m rows, so its gradient sums over them, .sum(axis=0), giving shape {shape}.")


def _loss(X, Y, W1, b1, W2, b2):
    """The network's loss (the forward pass only)."""
    H = np.tanh(X @ W1 + b1)
    return np.sum((H @ W2 + b2 - Y) ** 2) / (2 * X.shape[0])


def _numerical_gradients(X, Y, params):
    """Central differences of the loss for every entry of every parameter (the gradient check)."""
    params = {k: np.array(v, dtype=float) for k, v in params.items()}
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    grads = {}
    for key, value in params.items():
        grad = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            old = value[index]
            h = 1e-6 * max(1.0, abs(old))
            value[index] = old + h
            up = _loss(X, Y, **params)
            value[index] = old - h
            down = _loss(X, Y, **params)
            value[index] = old
            grad[index] = (up - down) / (2 * h)
        grads[key] = grad
    return grads


def _close(got, expected, rtol, atol):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return False
    return got.shape == expected.shape and bool(np.all(np.abs(got - expected)
                                                       <= atol + rtol * np.abs(expected)))


def _check(got, X, Y, params, loss, grads, what, wrong=None, rtol=1e-6, atol=1e-9):
    """Compare (loss, grads) from the learner with the expected ones, naming known mistakes."""
    m = np.shape(X)[0]
    got_loss, got_grads = expect_tuple(got, 2, what=what, names="loss, grads")
    if not (np.ndim(got_loss) == 0 and _close(got_loss, np.float64(loss), 1e-10, 1e-12)):
        expect_close(got_loss, loss, rtol=1e-10, atol=1e-12, what=f"the loss from {what}",
                     misconceptions={LOSS_NO_HALF: 2 * loss, LOSS_NO_MEAN: m * loss,
                                     LOSS_OVER_K: loss / np.shape(Y)[1]})
    if not (isinstance(got_grads, dict) and set(got_grads) == set(KEYS)):
        expect_true(False, f"the gradients from {what} should be a dict with the keys 'W1', 'b1', "
                    f"'W2', 'b2'; got {got_grads!r:.200}.",
                    verdict="the gradients are not a dict with keys W1, b1, W2, b2")
    for key in KEYS:
        expect_array(got_grads[key], what=f"the gradient for {key} from {what}")
        expected = np.asarray(grads[key], dtype=float)
        if _close(got_grads[key], expected, rtol, atol):
            continue                   # the usual case, without the cost of the checks below
        shape = np.shape(got_grads[key])
        if shape != expected.shape:
            if len(shape) == 2 and shape == expected.shape[::-1]:
                hint = TRANSPOSED.format(key=key, shape=expected.shape)
            elif key.startswith("b") and shape in ((m,), (m, 1)) and m != expected.shape[0]:
                hint = BIAS_AXIS.format(key=key, shape=expected.shape)
            else:
                hint = None
            expect_true(False, f"the gradient for {key} from {what} has shape {shape}; expected "
                        f"{expected.shape}, the shape of {key}.",
                        verdict=f"the gradient for {key} has shape {shape}", hint=hint)
        candidates = {NO_MEAN: m * expected, TWICE: 2 * expected, SIGN: -expected}
        for hint, variant in (wrong or {}).items():
            if key in variant:
                candidates[hint] = np.asarray(variant[key], dtype=float)
        expect_close(got_grads[key], expected, rtol=rtol, atol=atol,
                     what=f"the gradient for {key} from {what}", misconceptions=candidates)


@test_case(points=1, hidden=False)
def test_small_network(mlp_gradients):
    """m = 3 rows, d = 2 inputs, h = 2 hidden units, k = 1 output: loss and gradients vs central differences"""
    X = np.array([[1.0, 2.0], [0.0, -1.0], [3.0, 1.0]])
    Y = np.array([[1.0], [0.0], [-1.0]])
    params = {"W1": np.array([[0.5, -0.3], [0.2, 0.4]]), "b1": np.array([0.1, -0.2]),
              "W2": np.array([[1.0], [-0.5]]), "b2": np.array([0.3])}
    what = ("mlp_gradients(X=[[1, 2], [0, -1], [3, 1]], Y=[[1], [0], [-1]], W1=[[0.5, -0.3], "
            "[0.2, 0.4]], b1=[0.1, -0.2], W2=[[1], [-0.5]], b2=[0.3])")
    wrong = {
        NO_TANH: {"W1": [[2.520969184648173, -1.2604845923240866],
                         [0.6373362706635757, -0.31866813533178784]],
                  "b1": [0.9779281800029604, -0.4889640900014802]},
        TANH_OF_Z: {"W1": [[-5.709737379146865, -0.6372429987339487],
                           [-2.0579685333773954, -0.14115389855760307]],
                    "b1": [-1.7485230527205144, -0.25392610630835755]},
        W1_TRANSPOSED: {"W1": [[0.25220126755771727, -0.09027931489955288],
                               [-0.7961510056431164, -0.18840999641347483]]},
    }
    got = mlp_gradients(X.copy(), Y.copy(), *(params[k].copy() for k in ("W1", "b1", "W2", "b2")))
    _check(got, X, Y, params, 1.1207071085075375, _numerical_gradients(X, Y, params), what, wrong)


@test_case(points=0.75, hidden=False)
def test_shapes_of_the_gradients(mlp_gradients):
    """m = 5 rows, d = 3, h = 4, k = 2, integer X: every gradient has its parameter's shape and passes the gradient check"""
    X = np.array([[1, 0, 2], [0, 1, -1], [2, 2, 0], [-1, 0, 1], [0, -2, 1]])
    Y = np.array([[0.5, -1.0], [1.0, 0.0], [0.0, 0.5], [-0.5, 1.0], [1.0, 1.0]])
    params = {"W1": np.array([[0.2, -0.1, 0.4, 0.0], [0.3, 0.1, -0.2, 0.5], [-0.4, 0.2, 0.1, 0.3]]),
              "b1": np.array([0.0, 0.1, -0.1, 0.2]),
              "W2": np.array([[0.5, -0.2], [0.1, 0.3], [-0.3, 0.4], [0.2, 0.1]]),
              "b2": np.array([0.1, -0.1])}
    got = mlp_gradients(X.copy(), Y.copy(), *(params[k].copy() for k in ("W1", "b1", "W2", "b2")))
    _check(got, X, Y, params, _loss(X, Y, **params), _numerical_gradients(X, Y, params),
           "mlp_gradients on the 5-row example (d = 3, h = 4, k = 2)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
