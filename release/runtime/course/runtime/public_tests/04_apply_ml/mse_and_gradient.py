"""mse_and_gradient: the mean squared error (1/m)‖Xw − y‖² and its gradient (2/m) Xᵀ(Xw − y), for labels of shape (m,) or (m, 1)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "mse_and_gradient"
hints = [
    "Convert X, y and w to float arrays, and if y has shape (m, 1) turn it into a vector of shape "
    "(m,) (y[:, 0] or y.ravel()) BEFORE computing anything with it. Then check the shapes.",
    "Compute the residual r = X @ w - y once: it must have shape (m,). The loss is r @ r / m, "
    "returned as a float.",
    "The gradient is 2 / m * (X.T @ r): the 2 from differentiating the square, the 1/m from the mean.",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"mse": _GROUND_RULES, "mse_gradient": _GROUND_RULES}
ban_reason = ('compute the loss and its gradient yourself with matrix products; np.polyfit, np.vander, '
              'np.polynomial, SciPy and scikit-learn would do the work for you, and an explicit inverse '
              '(np.linalg.inv, np.linalg.pinv) loses accuracy on ill-conditioned designs; they are the '
              'tools for applied work once this course is done.')

BROADCAST = ("y arrived as a column of shape (m, 1), and X @ w has shape (m,): their difference "
             "broadcasts to an (m, m) matrix of every prediction minus every label, without any "
             "error. Turn y into a vector of shape (m,) first (y = y[:, 0] or y.ravel()).")
NO_MEAN = ("your gradient is m times too large: the 1/m is missing. The loss is a mean, so its "
           "gradient is (2/m)·Xᵀ(Xw − y).")
NO_TWO = ("your gradient is half the right one: the factor 2 from differentiating the square is "
          "missing. The gradient of (1/m)‖Xw − y‖² is (2/m)·Xᵀ(Xw − y).")
NEITHER = ("your gradient is Xᵀ(Xw − y): both the 2 (from the square) and the 1/m (from the mean) "
           "are missing. The gradient is (2/m)·Xᵀ(Xw − y).")
SIGN = ("your gradient has the wrong sign. With the residual r = Xw − y the gradient is "
        "(2/m)·Xᵀr. Using y − Xw flips it, and gradient descent would then climb.")
COLUMN_ALLOWED = ("labels of shape (m, 1) are allowed in this notebook, but your function raised "
                  "ValueError for them. If you raised it yourself, accept them instead. If NumPy "
                  "raised it, the column of labels met the vector X @ w of shape (m,) and broadcast "
                  "to an (m, m) matrix. Either way, turn y into a vector of shape (m,) first "
                  "(y[:, 0] or y.ravel()).")
LOSS_SUM = "your loss is the SUM of the squared residuals; the MSE is their mean, ‖Xw − y‖² / m."
LOSS_HALF = "your loss has an extra factor ½; the MSE is the plain mean (1/m)‖Xw − y‖²."
LOSS_ROOT = ("your loss is the root of the mean squared error (RMSE); the MSE is the mean of the "
             "squared residuals, without a square root.")


def _must_raise(func, *args, what, hint):
    """func(*args) must raise ValueError; a hidden case says why (the hint), never the data."""
    try:
        func(*args)
    except NotImplementedError:
        raise
    except ValueError:
        return
    except Exception as exc:
        expect_true(False, f"{what} raised {type(exc).__name__} ({exc}); it should raise ValueError.",
                    verdict=f"raised {type(exc).__name__} instead of ValueError", hint=hint)
    expect_true(False, f"{what} returned normally; it should raise ValueError.",
                verdict="returned normally where ValueError was expected", hint=hint)


def _wrong_answers(X, y, w):
    """The usual wrong losses and gradients for vector labels y."""
    r = X @ w - y
    m = len(y)
    loss = {LOSS_SUM: r @ r, LOSS_HALF: r @ r / (2 * m), LOSS_ROOT: np.sqrt(r @ r / m)}
    grad = {NO_MEAN: 2 * X.T @ r, NO_TWO: X.T @ r / m, NEITHER: X.T @ r, SIGN: -2 / m * X.T @ r}
    return loss, grad


def _check_column_result(got, expected_shape, what):
    """A 2-D result, or the broadcast value, for (m, 1) labels means (m,) met (m, 1)."""
    shape = np.shape(got) if got is not None else None
    if shape is not None and len(shape) == 2 and shape != expected_shape:
        expect_true(False, f"{what} has shape {shape}; expected {expected_shape or 'a single number'}.",
                    verdict=f"wrong shape {shape} for (m, 1) labels", hint=BROADCAST)


def _call(func, X, y, w, what):
    """Call the learner; a ValueError on allowed (m, 1) labels gets a hint."""
    try:
        return func(X, y, w)
    except ValueError as exc:
        if np.ndim(y) == 2:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for labels of shape (m, 1)", hint=COLUMN_ALLOWED)
        raise


def _check(mse, mse_gradient, X, y, w, what):
    """Both functions on (X, y, w), where y may be a column; expected values from NumPy."""
    Xf, wf = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    yf = np.asarray(y, dtype=float).reshape(-1)
    r = Xf @ wf - yf
    m = len(yf)
    loss, grad = r @ r / m, 2.0 / m * (Xf.T @ r)
    wrong_loss, wrong_grad = _wrong_answers(Xf, yf, wf)
    if np.ndim(y) == 2:
        broadcast = Xf @ wf - yf[:, None]
        wrong_loss[BROADCAST] = np.mean(broadcast ** 2)
        wrong_grad[BROADCAST] = 2.0 / m * (Xf.T @ broadcast)
    got_loss = _call(mse, X, y, w, f"mse({what})")
    if np.ndim(y) == 2:
        _check_column_result(got_loss, (), f"mse({what})")
    expect_close(got_loss, loss, rtol=1e-10, atol=1e-12 * (abs(loss) + 1), what=f"mse({what})",
                 misconceptions=wrong_loss)
    got_grad = _call(mse_gradient, X, y, w, f"mse_gradient({what})")
    if np.ndim(y) == 2:
        _check_column_result(got_grad, grad.shape, f"mse_gradient({what})")
    expect_close(got_grad, grad, rtol=1e-10, atol=1e-12 * (np.abs(grad).max() + 1),
                 what=f"mse_gradient({what})", misconceptions=wrong_grad)


@test_case(points=1, hidden=False)
def test_small_example(mse, mse_gradient):
    """X = [[1, 0], [1, 1], [1, 2]], y = [1, 2, 2], w = [0, 1]: MSE 2/3, gradient [−4/3, −2/3]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    # Xw = [0, 1, 2], r = Xw − y = [−1, −1, 0]; MSE = 2/3; gradient = (2/3)·Xᵀr = (2/3)·[−2, −1]
    _check(mse, mse_gradient, X, np.array([1.0, 2.0, 2.0]), np.array([0.0, 1.0]),
           "[[1, 0], [1, 1], [1, 2]], [1, 2, 2], [0, 1]")


@test_case(points=0.75, hidden=False)
def test_column_labels(mse, mse_gradient):
    """the same data with y as the column [[1], [2], [2]]: still MSE 2/3 and gradient [−4/3, −2/3] of shape (2,)"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    _check(mse, mse_gradient, X, np.array([[1.0], [2.0], [2.0]]), np.array([0.0, 1.0]),
           "[[1, 0], [1, 1], [1, 2]], [[1], [2], [2]], [0, 1]")


@test_case(points=0.25, hidden=False)
def test_shapes_that_do_not_fit(mse, mse_gradient):
    """y one label short, and w of the wrong length, raise ValueError"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    for func, label in ((mse, "mse"), (mse_gradient, "mse_gradient")):
        expect_raises(ValueError, func, X, np.array([1.0, 2.0]), np.zeros(2),
                      what=f"{label}(X of shape (3, 2), y of shape (2,), w of shape (2,))")
        expect_raises(ValueError, func, X, np.array([1.0, 2.0, 2.0]), np.zeros(3),
                      what=f"{label}(X of shape (3, 2), y of shape (3,), w of shape (3,))")


W_COLUMN = ("w must have shape (d,): a column of weights (d, 1) raises ValueError. Only the labels "
            "may come as a column; flattening w (or everything) with np.ravel hides a caller's bug.")
OTHER_SHAPES = ("labels come as (m,) or (m, 1) and X is 2-D; anything else (a row of labels (1, m), a "
                "1-D X) raises ValueError instead of being reshaped.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1
