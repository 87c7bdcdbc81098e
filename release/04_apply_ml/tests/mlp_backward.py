"""mlp_backward: the mean cross-entropy of the ReLU network and its gradients, by backpropagation."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_true, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "mlp_backward"
hints = [
    "Run mlp_forward to get Z1, A1 and the logits, and cross_entropy for the loss. Then go backwards: "
    "first Δ2 = ∂L/∂logits, of shape (m, k), then the second layer, then Δ1 = ∂L/∂Z1, then the "
    "first layer. Every gradient has the shape of its parameter: use that to place the transposes.",
    "Δ2 = (P - Y) / m with P = softmax(logits) and Y the one-hot labels: copy P and subtract 1 at "
    "[np.arange(m), y], then divide by m. The second layer: A1.T @ Δ2 and Δ2.sum(axis=0).",
    "Δ1 = (Δ2 @ W2.T) * (Z1 > 0); then the first layer: X.T @ Δ1 and Δ1.sum(axis=0). Return "
    "(loss, {'W1': ..., 'b1': ..., 'W2': ..., 'b2': ...}).",
]

bans = {"mlp_backward": ["scipy", "sklearn"]}
ban_reason = ("this notebook builds the network with NumPy alone: write it yourself, with your own "
              "functions from the sections above as the tools; SciPy's and scikit-learn's versions "
              "are for applied work after the course.")

KEYS = ("b2", "W2", "b1", "W1")        # checked in the order backpropagation computes them
NO_MASK = ("the first-layer gradients ignore the ReLU: going back through A1 = max(Z1, 0) multiplies "
           "elementwise by the 0/1 mask of the active units, so Δ1 = (Δ2 W2ᵀ) ⊙ [Z1 > 0].")
TANH_SLOPE = ("you used the tanh derivative 1 − A1²; the derivative of the ReLU is the 0/1 mask "
              "[Z1 > 0], so Δ1 = (Δ2 W2ᵀ) ⊙ [Z1 > 0].")
X_NOT_TRANSPOSED = ("∂L/∂W1 is Xᵀ Δ1, not X Δ1: both X and Δ1 have one row per example, and the "
                    "product must sum over the examples. (Here m = d, so the shapes could not tell.)")
A1_NOT_TRANSPOSED = ("∂L/∂W2 is A1ᵀ Δ2, not A1 Δ2: both have one row per example, and the product must "
                     "sum over the examples. (Here m = h, so the shapes could not tell.)")
INTEGER_LABELS = ("Δ2 must be P − Y with Y the ONE-HOT labels; you subtracted the integer label from "
                  "every entry of its row (P − y[:, None]). Subtract 1 only at [np.arange(m), y].")
NO_MEAN = ("every gradient is m times too large: the loss is a MEAN over the m examples, so "
           "Δ2 = (P − Y) / m.")
DOUBLE_MEAN = ("every gradient is m times too small: the 1/m is already inside Δ2 = (P − Y) / m; "
               "do not divide by m again.")
SIGN = "every gradient has the wrong sign: Δ2 = (P − Y) / m, probabilities minus one-hot labels."
LOSS_SUM = "the loss is m times too large: it is the MEAN cross-entropy over the m examples."
TRANSPOSED = ("the gradient for {key} is transposed: a gradient has the shape of its parameter, "
              "{shape}. Swap the order of the factors and transpose both, e.g. Xᵀ Δ1 instead of Δ1ᵀ X.")
BIAS_AXIS = ("the gradient for {key} has one entry per example: a bias is added to every row, so its "
             "gradient sums over the rows, .sum(axis=0), giving shape {shape}.")


def _loss(X, y, W1, b1, W2, b2):
    """The mean cross-entropy of the network (the forward pass only)."""
    S = np.maximum(X @ W1 + b1, 0.0) @ W2 + b2
    S = S - S.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(S).sum(axis=1)) - S[np.arange(len(y)), y]))


def _numerical_gradients(X, y, params):
    """Central differences of the loss for every entry of every parameter (the gradient check)."""
    params = {key: np.array(value, dtype=float) for key, value in params.items()}
    X = np.asarray(X, dtype=float)
    grads = {}
    for key, value in params.items():
        grad = np.zeros_like(value)
        for index in np.ndindex(value.shape):
            old = value[index]
            step = 1e-6 * max(1.0, abs(old))
            value[index] = old + step
            up = _loss(X, y, **params)
            value[index] = old - step
            down = _loss(X, y, **params)
            value[index] = old
            grad[index] = (up - down) / (2 * step)
        grads[key] = grad
    return grads


def _random_network(rng, m, d, h, k, scale=1.0):
    """Random data and parameters, with no hidden pre-activation within 1e-3 of the ReLU's kink."""
    while True:
        X, y = rng.normal(size=(m, d)), rng.integers(0, k, size=m)
        params = {"W1": rng.normal(size=(d, h)), "b1": rng.normal(size=h),
                  "W2": scale * rng.normal(size=(h, k)), "b2": rng.normal(size=k)}
        if np.min(np.abs(X @ params["W1"] + params["b1"])) > 1e-3:
            return X, y, params


def _close(got, expected, rtol, atol):
    try:
        got = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        return False
    return got.shape == expected.shape and bool(np.all(np.abs(got - expected)
                                                       <= atol + rtol * np.abs(expected)))


def _check(got, X, y, params, loss, grads, what, wrong=None, rtol=1e-6, atol=1e-9):
    """Compare (loss, grads) from the learner with the expected ones, naming known mistakes."""
    m = np.shape(X)[0]
    got_loss, got_grads = expect_tuple(got, 2, what=what, names="loss, grads")
    expect_close(got_loss, loss, rtol=1e-9, atol=1e-12, what=f"the loss from {what}",
                 misconceptions={LOSS_SUM: m * loss})
    if not (isinstance(got_grads, dict) and set(got_grads) == set(KEYS)):
        expect_true(False, f"the gradients from {what} should be a dict with the keys 'W1', 'b1', "
                    f"'W2', 'b2'; got {got_grads!r:.200}.",
                    verdict="the gradients are not a dict with keys W1, b1, W2, b2")
    for key in KEYS:
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
        candidates = [(m * expected, NO_MEAN), (expected / m, DOUBLE_MEAN), (-expected, SIGN)]
        for hint, variant in (wrong or {}).items():
            if key in variant:
                candidates.append((np.asarray(variant[key], dtype=float), hint))
        expect_close(got_grads[key], expected, rtol=rtol, atol=atol,
                     what=f"the gradient for {key} from {what}", misconceptions=candidates)


def _call(mlp_backward, params, X, y):
    return mlp_backward({key: np.array(value) for key, value in params.items()}, X.copy(), y.copy())


@test_case(points=1.25, hidden=False)
def test_small_network(mlp_backward):
    """m = 3 rows, d = 3 inputs, h = 4 hidden units, k = 3 classes: loss and gradients vs central differences"""
    X = np.array([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0], [2.0, 0.0, 1.0]])
    y = np.array([0, 2, 1])
    params = {"W1": np.array([[0.5, -0.4, 0.3, 0.1], [0.2, 0.3, -0.5, 0.4], [-0.3, 0.6, 0.2, -0.2]]),
              "b1": np.array([0.1, 0.0, -0.1, 0.05]),
              "W2": np.array([[0.4, -0.3, 0.2], [-0.2, 0.5, 0.1], [0.3, 0.1, -0.4], [0.1, -0.2, 0.3]]),
              "b2": np.array([0.0, 0.1, -0.1])}
    what = ("mlp_backward(params, X, y) with X = [[1, 2, 0], [0, 1, -1], [2, 0, 1]], y = [0, 2, 1], "
            "W1 = [[0.5, -0.4, 0.3, 0.1], [0.2, 0.3, -0.5, 0.4], [-0.3, 0.6, 0.2, -0.2]], "
            "b1 = [0.1, 0, -0.1, 0.05], W2 = [[0.4, -0.3, 0.2], [-0.2, 0.5, 0.1], [0.3, 0.1, -0.4], "
            "[0.1, -0.2, 0.3]], b2 = [0, 0.1, -0.1]")
    wrong = {
        NO_MASK: {"W1": [[0.23829843657718575, -0.20946445720159812, -0.11727602839243895, 0.18451069960618716],
                         [-0.15670878125381185, 0.16164597742463666, -0.0765130557421059, -0.0530546314778484],
                         [0.16815649321040624, -0.1390715132078057, -0.1389301590994587, 0.15516701138331843]],
                  "b1": [0.07014194336677952, -0.07039294399379241, 0.02165413070701976, 0.02934368822286873]},
        TANH_SLOPE: {"W1": [[0.11163579868746654, -0.21285930234340156, -0.1110338066909566, 0.17813520479574582],
                            [-0.008388334599134208, 0.15485628714102972, -0.0765130557421059, -0.03694754894397837],
                            [0.06420623394286748, -0.1390715132078057, -0.13580904824871753, 0.126976211776833]],
                     "b1": [0.047429564744599056, -0.07378778913559587, 0.024775241557760928, 0.051158993018912836]},
        X_NOT_TRANSPOSED: {"W1": [[-0.09801454984362673, 0.08487112854508667, 0.0, -0.1258233231604497],
                                  [-0.16815649321040624, 0.0, 0.0063696139811044265, -0.15516701138331843],
                                  [0.011447711956594386, 0.16974225709017335, -0.0063696139811044265, 0.10211237990547002]]},
        INTEGER_LABELS: {
            "W1": [[-0.028368230089480882, 0.01820446187842, 0.053927438704457854, -0.04882263372714617],
                   [-0.023375447920478534, 0.03640892375684, 0.0, -0.019721298144515065],
                   [0.10148982654373964, 0.0, 0.026963719352228927, 0.055167011383318434]],
            "b1": [-0.12985805663322053, 0.01820446187842, 0.026963719352228927, -0.1039896451104646],
            "W2": [[-0.3174682845919049, -0.4824033973262018, -0.4001283180818932],
                   [0.027480487855208357, 0.013045930163949601, 0.0261402486475087],
                   [-0.11769325056365751, -0.17081357545109233, -0.17815984065191684],
                   [-0.22493550788710223, -0.33201846251974404, -0.24304602959315388]],
            "b2": [-0.5646710288068897, -0.7661522982563149, -0.6691766729367954]},
    }
    _check(_call(mlp_backward, params, X, y), X, y, params, 1.0713557639340314,
           _numerical_gradients(X, y, params), what, wrong)


@test_case(points=0.75, hidden=False)
def test_shapes_of_the_gradients(mlp_backward):
    """m = 5 rows, d = 4, h = 3, k = 2, integer X: every gradient has its parameter's shape and passes the gradient check"""
    X = np.array([[1, 0, 2, -1], [0, 1, -1, 2], [2, 2, 0, 1], [-1, 0, 1, 1], [0, -2, 1, 0]])
    y = np.array([1, 0, 1, 1, 0])
    params = {"W1": np.array([[0.3, -0.2, 0.4], [0.1, 0.5, -0.3], [-0.4, 0.2, 0.25], [0.2, -0.1, 0.35]]),
              "b1": np.array([0.05, -0.15, 0.1]),
              "W2": np.array([[0.5, -0.4], [-0.3, 0.6], [0.2, 0.1]]),
              "b2": np.array([0.1, -0.1])}
    _check(_call(mlp_backward, params, X, y), X, y, params, _loss(X.astype(float), y, **params),
           _numerical_gradients(X, y, params),
           "mlp_backward on the 5-row example (d = 4, h = 3, k = 2, y = [1, 0, 1, 1, 0])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1
