"""logistic_gradient: (1/m) Xᵀ(σ(Xw) − y), checked against central differences of the loss."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_finite, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "logistic_gradient"
hints = [
    "Convert and flatten first: X = np.asarray(X, dtype=float), y = np.ravel(np.asarray(y, dtype=float)), "
    "w = np.asarray(w, dtype=float); then check X.ndim == 2, y.shape == (m,) and w.shape == (d,).",
    "The residual is r = sigmoid(X @ w) − y, one number per example (shape (m,)): predicted "
    "probability minus label. Use your stable sigmoid.",
    "Each example contributes rᵢ·xᵢ, and the loss is a mean: X.T @ r / m, shape (d,).",
]

# the opening cell: SciPy and scikit-learn are off limits in this notebook. scipy.special's
# ufuncs are named too: they carry no __module__, so the module ban alone does not see them.
_OFF_LIMITS = ["scipy", "sklearn"]
bans = {"logistic_gradient": _OFF_LIMITS + ["scipy.special.expit"]}
ban_reason = ('this notebook builds logistic regression from NumPy alone: write it yourself, with your '
              'own functions from the sections above as the tools; SciPy (scipy.special.expit, '
              'scipy.optimize, ...) and scikit-learn do it for you and are for applied work after the '
              'course.')

NO_MEAN = ("your gradient is m times too large: the loss is a mean over the m examples, so its "
           "gradient is (1/m)·Xᵀ(σ(Xw) − y). Divide by m = len(y).")
SIGN = ("your gradient has the wrong sign: ∂ℓ/∂z = σ(z) − y (prediction minus label), so the gradient "
        "is (1/m)·Xᵀ(σ(Xw) − y), not (1/m)·Xᵀ(y − σ(Xw)).")
BROADCAST = ("with y of shape (m, 1) and σ(Xw) of shape (m,), σ(Xw) − y broadcasts to an m × m matrix, "
             "and the result is no longer a vector of shape (d,). Flatten y first with np.ravel(y).")
OVERFLOW = ("your gradient contains NaN or inf when some logits xᵢᵀw are huge: the sigmoid overflowed. "
            "Use your stable sigmoid, which exponentiates only non-positive numbers.")

TWO = ("your gradient is twice too large: the factor 2 belongs to the squared error of notebook 1. "
       "For the cross-entropy, ∂ℓ/∂z = σ(z) − y, so ∇L = (1/m) Xᵀ(σ(Xw) − y), without a 2.")
SQUARED_ERROR = ("your gradient carries an extra factor σ(z)(1 − σ(z)): that is the gradient of the squared "
                 "error (σ(z) − y)² through the sigmoid, not of the cross-entropy. For the cross-entropy "
                 "the sigmoid's derivative cancels and ∂ℓ/∂z = σ(z) − y exactly.")
BY_D = ("you divided by the number of weights d instead of the number of examples m: the loss is a "
        "mean over the m rows of X, so divide by m = X.shape[0] = len(y).")
RESHAPED_Y = ("you changed the caller's y: assigning y.shape = ... (or y.resize) on the array you were "
              "given reshapes the caller's own array. np.ravel(y) or y.reshape(-1) returns a new view "
              "and leaves the caller's y as it was.")
W_SHAPE = ("w must have shape (d,): only the labels may come as a column and be flattened. A w of "
           "shape (d, 1) raises ValueError (np.ravel(w) would hide the caller's mistake).")


def _loss(X, y, w):
    z = X @ w
    return np.mean(np.logaddexp(0.0, z) - y * z)


def _numerical_gradient(X, y, w, h=1e-6):
    """Central differences of the mean cross-entropy (independent of any formula for the gradient)."""
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    y = y.ravel()
    steps = h * np.eye(len(w))
    return np.array([(_loss(X, y, w + e) - _loss(X, y, w - e)) / (2 * h) for e in steps])


def _formula(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    y = y.ravel()
    return X.T @ (np.exp(-np.logaddexp(0.0, -(X @ w))) - y) / len(y)


def _check(got, X, y, w, what, numerical=True):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    m, d = X.shape
    shape = np.shape(got)
    expect_true(not (len(shape) == 2 and m in shape and m > 1),
                f"{what} has shape {shape}; expected ({d},).",
                verdict=f"wrong shape {shape}", hint=BROADCAST)
    expect_finite(got, what=what, hint=OVERFLOW, verdict="returned NaN or inf")
    right = _formula(X, y, w)
    expected = _numerical_gradient(X, y, w) if numerical else right
    p = np.exp(-np.logaddexp(0.0, -(X @ w)))
    squared = X.T @ ((p - y.ravel()) * p * (1 - p)) / m
    wrong = [(right * m, NO_MEAN), (-right, SIGN), (2 * right, TWO), (squared, SQUARED_ERROR),
             (2 * squared, SQUARED_ERROR)]
    if d != m:
        wrong.append((right * m / d, BY_D))
    expect_close(got, expected, rtol=1e-6, atol=1e-8, what=what, misconceptions=wrong)


@test_case(points=1, hidden=False)
def test_three_points(logistic_gradient):
    """X = [[1, 0], [1, 2], [1, -1]], y = [0, 1, 1]: the gradient at w = [0, 0] is [-1/6, -1/6]"""
    X = np.array([[1.0, 0.0], [1.0, 2.0], [1.0, -1.0]])
    y = np.array([0.0, 1.0, 1.0])
    w = np.zeros(2)
    got = logistic_gradient(X.copy(), y.copy(), w.copy())
    expect_close(got, np.array([-1.0, -1.0]) / 6, what="logistic_gradient(X, [0, 1, 1], [0, 0])",
                 misconceptions={NO_MEAN: np.array([-0.5, -0.5]), SIGN: np.array([1.0, 1.0]) / 6,
                                 TWO: np.array([-1.0, -1.0]) / 3})
    w = np.array([0.5, -1.0])
    _check(logistic_gradient(X.copy(), y.copy(), w.copy()), X, y, w,
           "logistic_gradient(X, [0, 1, 1], [0.5, -1])")


@test_case(points=0.5, hidden=False)
def test_column_labels(logistic_gradient):
    """labels given as a column y = [[1], [0], [1], [1]] of shape (4, 1), with w = [0.1, -0.2, 0.3]"""
    X = np.array([[1.0, 0.5, -1.0], [1.0, -1.5, 2.0], [1.0, 2.0, 0.0], [1.0, 0.0, 1.0]])
    y = np.array([[1.0], [0.0], [1.0], [1.0]])
    w = np.array([0.1, -0.2, 0.3])
    _check(logistic_gradient(X.copy(), y.copy(), w.copy()), X, y, w,
           "logistic_gradient(X, y of shape (4, 1), [0.1, -0.2, 0.3])")


@test_case(points=0.75, hidden=True)
def test_random_data(logistic_gradient):
    """random data with m from 1 to 50 and d from 1 to 5, labels as vectors and as columns, and integer inputs: matches central differences of the loss; inputs unchanged (a column y keeps its shape)"""
    rng = np.random.default_rng(40221)
    for m, d in ((1, 2), (7, 1), (20, 3), (50, 5)):
        X = np.column_stack([np.ones(m), rng.normal(size=(m, d - 1))])
        y = rng.integers(0, 2, size=m).astype(float)
        w = rng.normal(size=d)
        X0, y0, w0 = X.copy(), y.copy(), w.copy()
        _check(logistic_gradient(X, y, w), X0, y0, w0, f"logistic_gradient with m = {m}, d = {d}")
        expect_unchanged(X0, X, what="X")
        expect_unchanged(y0, y, what="y")
        expect_unchanged(w0, w, what="w")
    X = np.column_stack([np.ones(6), rng.normal(size=(6, 2))])
    y_col = rng.integers(0, 2, size=(6, 1)).astype(float)
    w = rng.normal(size=3)
    y0 = y_col.copy()
    _check(logistic_gradient(X.copy(), y_col, w.copy()), X, y0, w,
           "logistic_gradient with labels of shape (m, 1)")
    expect_true(y_col.shape == y0.shape, f"logistic_gradient changed the shape of the caller's y from "
                f"{y0.shape} to {y_col.shape}.", verdict="changed the shape of the caller's y",
                hint=RESHAPED_Y)
    expect_unchanged(y0, y_col, what="y")
    X_int = np.array([[1, 2, -1], [1, 0, 3], [1, -2, 1], [1, 1, 1]])
    y_int = np.array([1, 0, 0, 1])
    w_int = np.array([1, -1, 0])
    _check(logistic_gradient(X_int, y_int, w_int), X_int, y_int, w_int,
           "logistic_gradient with integer X, y and w")


@test_case(points=0.5, hidden=True)
def test_huge_logits(logistic_gradient):
    """weights so large that the logits reach about ±1000: finite and correct"""
    rng = np.random.default_rng(40222)
    X = np.column_stack([np.ones(12), rng.uniform(-1, 1, size=(12, 2))])
    y = rng.integers(0, 2, size=12).astype(float)
    w = np.array([0.0, 600.0, -500.0])
    _check(logistic_gradient(X.copy(), y.copy(), w.copy()), X, y, w,
           "logistic_gradient with logits of size up to about 1000", numerical=False)


@test_case(points=0.25, hidden=True)
def test_invalid_shapes(logistic_gradient):
    """a 1-D X, a y of the wrong length, a w of the wrong length and a w of shape (d, 1) raise ValueError"""
    X = np.ones((4, 2))
    expect_raises(ValueError, logistic_gradient, np.ones(4), np.zeros(4), np.zeros(1),
                  what="logistic_gradient with a 1-D X")
    expect_raises(ValueError, logistic_gradient, X, np.zeros(3), np.zeros(2),
                  what="logistic_gradient with X of shape (4, 2) and 3 labels")
    expect_raises(ValueError, logistic_gradient, X, np.zeros(4), np.zeros(3),
                  what="logistic_gradient with X of shape (4, 2) and w of length 3")
    try:
        logistic_gradient(X, np.zeros(4), np.zeros((2, 1)))
    except NotImplementedError:
        raise
    except ValueError:
        return
    except Exception as exc:
        expect_true(False, f"logistic_gradient with w of shape (2, 1) raised {type(exc).__name__}.",
                    verdict=f"raised {type(exc).__name__} instead of ValueError", hint=W_SHAPE)
    expect_true(False, "logistic_gradient with w of shape (2, 1) returned normally; it should raise "
                "ValueError.", verdict="returned normally for w of shape (d, 1)", hint=W_SHAPE)
