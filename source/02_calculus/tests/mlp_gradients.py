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


@test_case(points=0.5, hidden=True)
def test_random_networks(mlp_gradients):
    """seeded random networks of several sizes, one row only, k = 1 and d = h = k, against an exact reference"""
    def reference(X, Y, W1, b1, W2, b2):
        m = X.shape[0]
        Z = X @ W1 + b1
        H = np.tanh(Z)
        R = H @ W2 + b2 - Y

        def grads(delta2, slope):
            delta1 = (delta2 @ W2.T) * slope
            return {"W1": X.T @ delta1, "b1": delta1.sum(0), "W2": H.T @ delta2, "b2": delta2.sum(0)}

        right = grads(R / m, 1 - H ** 2)
        delta1 = (R / m @ W2.T) * (1 - H ** 2)
        wrong = {NO_TANH: grads(R / m, 1.0), TANH_OF_Z: grads(R / m, 1 - Z ** 2)}
        if X.shape[1] == W1.shape[1]:
            wrong[W1_TRANSPOSED] = {"W1": delta1.T @ X}
        return np.sum(R ** 2) / (2 * m), right, wrong

    def _random_networks(mlp_gradients, reference):
        rng = np.random.default_rng(2431)
        for m, d, h, k in ((6, 3, 4, 2), (1, 2, 3, 1), (7, 4, 4, 4), (10, 1, 5, 3), (4, 5, 2, 1)):
            X, Y = rng.normal(size=(m, d)), rng.normal(size=(m, k))
            params = {"W1": rng.normal(size=(d, h)), "b1": rng.normal(size=h),
                      "W2": rng.normal(size=(h, k)), "b2": rng.normal(size=k)}
            loss, grads, wrong = reference(X, Y, **params)
            got = mlp_gradients(X.copy(), Y.copy(), *(params[k].copy() for k in ("W1", "b1", "W2", "b2")))
            _check(got, X, Y, params, loss, grads, f"mlp_gradients with m = {m}, d = {d}, h = {h}, k = {k}",
                   wrong, rtol=1e-9, atol=1e-12)
        X, Y = rng.normal(size=(5, 3)), 1e8 * rng.normal(size=(5, 2))       # targets of size 1e8
        params = {"W1": rng.normal(size=(3, 4)), "b1": rng.normal(size=4),
                  "W2": rng.normal(size=(4, 2)), "b2": rng.normal(size=2)}
        loss, grads, wrong = reference(X, Y, **params)
        got = mlp_gradients(X.copy(), Y.copy(), *(params[k].copy() for k in ("W1", "b1", "W2", "b2")))
        _check(got, X, Y, params, loss, grads, "mlp_gradients with targets of size 1e8", wrong,
               rtol=1e-9, atol=0)

    try:
        _random_networks(mlp_gradients, reference)
    except Mismatch as error:        # an unnamed small error against the exact reference
        expect_true(error.hint is not None or error.kind in ("type", "shape", "dtype")
                    or "loss" in error.detail.split(":")[0],
                    error.detail, verdict=error.verdict, hint=NUMERIC)
        raise


@test_case(points=0.25, hidden=True)
def test_gradient_check_saturated_units(mlp_gradients):
    """a network with large weights (tanh close to ±1) passes the finite-difference gradient check"""
    rng = np.random.default_rng(2432)
    X, Y = rng.normal(size=(8, 3)), rng.normal(size=(8, 2))
    params = {"W1": 2.5 * rng.normal(size=(3, 5)), "b1": rng.normal(size=5),
              "W2": rng.normal(size=(5, 2)), "b2": rng.normal(size=2)}
    got = mlp_gradients(X.copy(), Y.copy(), *(params[k].copy() for k in ("W1", "b1", "W2", "b2")))
    _check(got, X, Y, params, _loss(X, Y, **params), _numerical_gradients(X, Y, params),
           "mlp_gradients on a network with saturated hidden units", rtol=1e-5, atol=1e-8)


@test_case(points=0.5, hidden=True)
def test_integer_inputs_left_unchanged(mlp_gradients):
    """integer arrays for every argument (and integer X and weights with float biases), and no argument is modified"""
    rng = np.random.default_rng(2433)
    X, Y = rng.integers(-2, 3, size=(4, 3)), rng.integers(-1, 2, size=(4, 2))
    params = {"W1": rng.integers(-1, 2, size=(3, 3)), "b1": rng.integers(-1, 2, size=3),
              "W2": rng.integers(-1, 2, size=(3, 2)), "b2": rng.integers(-1, 2, size=2)}
    floats = {k: v.astype(float) for k, v in params.items()}
    arrays = [X.copy(), Y.copy()] + [params[k].copy() for k in ("W1", "b1", "W2", "b2")]
    got = mlp_gradients(*arrays)
    _check(got, X.astype(float), Y.astype(float), floats, _loss(X.astype(float), Y.astype(float), **floats),
           _numerical_gradients(X, Y, floats), "mlp_gradients on integer arrays", rtol=1e-5, atol=1e-8)
    mixed = dict(floats, b1=floats["b1"] + 0.25, b2=floats["b2"] - 0.5)   # integer X, W1; float biases
    got = mlp_gradients(X.copy(), Y.copy(), params["W1"].copy(), mixed["b1"].copy(),
                        params["W2"].copy(), mixed["b2"].copy())
    _check(got, X.astype(float), Y.astype(float), mixed,
           _loss(X.astype(float), Y.astype(float), **mixed), _numerical_gradients(X, Y, mixed),
           "mlp_gradients on integer X and weights with float biases", rtol=1e-5, atol=1e-8)
    X2, Y2 = rng.normal(size=(5, 2)), rng.normal(size=(5, 1))
    params2 = [rng.normal(size=(2, 3)), rng.normal(size=3), rng.normal(size=(3, 1)), rng.normal(size=1)]
    before = [a.copy() for a in [X2, Y2] + params2]
    mlp_gradients(X2, Y2, *params2)
    for label, old, new in zip(("X", "Y", "W1", "b1", "W2", "b2"), before, [X2, Y2] + params2):
        expect_unchanged(old, new, what=label)
