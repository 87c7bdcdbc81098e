"""least_squares_gradient: the mean squared error (1/N)‖Xw − y‖² and its gradient (2/N) Xᵀ(Xw − y)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "least_squares_gradient"
hints = [
    "Convert the inputs with np.asarray(..., dtype=float), check the shapes (X.ndim == 2, "
    "y.shape == (N,), w.shape == (d,)), then compute the residual r = X @ w - y, shape (N,).",
    "The loss is the MEAN of the squared residuals: r @ r / N (or np.mean(r ** 2)), returned as "
    "a float.",
    "The gradient is 2 / N * (X.T @ r): the 2 from differentiating the square, the 1/N from the mean.",
]
bans = {"least_squares_loss": ["scipy"], "least_squares_gradient": ["scipy"]}
ban_reason = ("compute the residual, the mean of its squares and the gradient (2/N)·Xᵀ(Xw − y) "
              "yourself with NumPy matrix products; scipy is off limits in this notebook (no "
              "scipy.linalg.norm, no numerical gradient from scipy.optimize).")

NO_MEAN = ("your gradient is N times too large: you dropped the 1/N. The loss is a mean, so its "
           "gradient is (2/N)·Xᵀ(Xw − y).")
NO_TWO = ("your gradient is half the right one: the factor 2 from differentiating the square is "
          "missing. The gradient of (1/N)‖Xw − y‖² is (2/N)·Xᵀ(Xw − y).")
NEITHER = ("your gradient is Xᵀ(Xw − y): both the 2 (from the square) and the 1/N (from the mean) "
           "are missing. The gradient is (2/N)·Xᵀ(Xw − y).")
SIGN = ("your gradient has the wrong sign: with the residual r = Xw − y the gradient is "
        "(2/N)·Xᵀr. Using y − Xw instead flips it, and gradient descent would then climb.")
LOSS_SUM = "your loss is the SUM of the squared residuals; the loss asked for is their mean, ‖Xw − y‖² / N."
LOSS_HALF = "your loss has an extra factor ½; the loss asked for is the plain mean (1/N)‖Xw − y‖²."
PER_FEATURE = ("you divided by d, the number of columns of X (or of entries of w); the mean runs over "
               "the N examples, the rows of X: divide by N = len(y).")
LOSS_ROOT = ("your loss is the root of the mean squared error (RMSE); the loss asked for is the mean "
             "squared error itself, without the square root.")


def _misconceptions(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    r = X @ w - y
    n = len(y)
    d = X.shape[1]
    gradient = {NO_MEAN: 2 * X.T @ r, NO_TWO: X.T @ r / n, NEITHER: X.T @ r, SIGN: -2 / n * X.T @ r,
                PER_FEATURE: 2 / d * X.T @ r}
    loss = {LOSS_SUM: r @ r, LOSS_HALF: r @ r / (2 * n), LOSS_ROOT: np.sqrt(r @ r / n),
            PER_FEATURE: r @ r / d}
    return loss, gradient


def _check_both(least_squares_loss, least_squares_gradient, X, y, w, loss, grad, what, rtol=1e-10):
    wrong_loss, wrong_grad = _misconceptions(X, y, w)
    scale = np.abs(grad).max() + 1.0
    expect_close(least_squares_loss(X, y, w), loss, rtol=rtol, atol=1e-12 * (abs(loss) + 1),
                 what=f"least_squares_loss({what})", misconceptions=wrong_loss)
    got = least_squares_gradient(X, y, w)
    expect_array(got, what=f"least_squares_gradient({what})")
    expect_close(got, grad, rtol=rtol, atol=1e-12 * scale,
                 what=f"least_squares_gradient({what})", misconceptions=wrong_grad)


@test_case(points=1, hidden=False)
def test_small_example(least_squares_loss, least_squares_gradient):
    """X = [[1, 0], [0, 1], [1, 1]], y = [1, 2, 2], w = [0, 0]: loss 3, gradient [−2, −8/3]"""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    y = np.array([1.0, 2.0, 2.0])
    w = np.zeros(2)
    # r = Xw − y = [−1, −2, −2]; loss = 9 / 3; gradient = (2/3) Xᵀr = (2/3) [−3, −4]
    _check_both(least_squares_loss, least_squares_gradient, X, y, w, 3.0,
                np.array([-2.0, -8.0 / 3.0]), "X, y, w = [0, 0]")


@test_case(points=0.75, hidden=False)
def test_lists(least_squares_loss, least_squares_gradient):
    """X = [[1, 2], [3, 4], [5, 6], [0, 1]], y = [1, 0, 2, 1], w = [0.5, −1] as lists: loss 11.6875, gradient [−18.75, −25]"""
    X = [[1, 2], [3, 4], [5, 6], [0, 1]]
    y = [1, 0, 2, 1]
    w = [0.5, -1.0]
    # r = Xw − y = [−2.5, −2.5, −5.5, −2]
    _check_both(least_squares_loss, least_squares_gradient, X, y, w, 11.6875,
                np.array([-18.75, -25.0]), "[[1, 2], [3, 4], [5, 6], [0, 1]], [1, 0, 2, 1], [0.5, -1]")


@test_case(points=0.25, hidden=False)
def test_shapes_that_do_not_fit(least_squares_loss, least_squares_gradient):
    """y given as a column of shape (4, 1), and y one entry too short, raise ValueError"""
    X = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [0.0, 1.0]])
    w = np.array([0.5, -1.0])
    for func, label in ((least_squares_loss, "least_squares_loss"),
                        (least_squares_gradient, "least_squares_gradient")):
        expect_raises(ValueError, func, X, np.array([[1.0], [0.0], [2.0], [1.0]]), w,
                      what=f"{label}(X of shape (4, 2), y of shape (4, 1), w)",
                      when="(Xw − y would broadcast a (4,) vector against a (4, 1) column into a 4×4 matrix)")
        expect_raises(ValueError, func, X, np.array([1.0, 0.0, 2.0]), w,
                      what=f"{label}(X of shape (4, 2), y of shape (3,), w)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1
