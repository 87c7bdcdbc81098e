"""fit_least_squares: the least-squares weights from the normal equations XᵀX w = Xᵀy, solved without an inverse."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "fit_least_squares"
hints = [
    "Convert X and y to float arrays. If y has shape (m, 1), take its only column (y[:, 0] or "
    "y.ravel()) so that it is a vector of shape (m,). Then check the shapes and that m >= d.",
    "The normal equations are (XᵀX) w = Xᵀy: a d×d system. Build A = X.T @ X and b = X.T @ y.",
    "Return np.linalg.solve(A, b), not np.linalg.inv(A) @ b. np.linalg.lstsq(X, y, rcond=None)[0] "
    "is also fine. X already contains its column of ones: do not add another.",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"fit_least_squares": _GROUND_RULES}
ban_reason = ('solve the normal equations (XᵀX) w = Xᵀy with np.linalg.solve, or use np.linalg.lstsq: '
              'an explicit inverse (np.linalg.inv, np.linalg.pinv) loses digits on ill-conditioned '
              'designs, and np.polyfit, np.vander, np.polynomial, SciPy and scikit-learn would do the '
              'work for you; they are the tools for applied work once this course is done.')

INVERSE = ("on this ill-conditioned design the normal equations are left with a relative residual "
           "‖Xᵀ(Xw − y)‖ / (‖X‖ (‖X‖‖w‖ + ‖y‖)) far above the ~1e-16 that np.linalg.solve leaves. "
           "That is the signature of an explicit inverse (np.linalg.inv or pinv of XᵀX, or your own): "
           "solve the system (XᵀX) w = Xᵀy with np.linalg.solve, or use np.linalg.lstsq(X, y).")
INTERCEPT_AGAIN = ("you returned one weight too many: X already contains the column of ones (it is a "
                   "design matrix from add_intercept), so do not add another one. w has one entry per "
                   "column of X.")
COLUMN_ALLOWED = ("labels of shape (m, 1) are allowed in this notebook, but your function raised "
                  "ValueError for them. If you raised it yourself, accept them instead. If NumPy "
                  "raised it, the column of labels met the vector X @ w of shape (m,) and broadcast "
                  "to an (m, m) matrix. Either way, turn y into a vector of shape (m,) first "
                  "(y[:, 0] or y.ravel()).")
SINGULAR = ("the matrix you solved with is singular, but XᵀX is not: a common cause is adding a "
            "second column of ones to X, which already contains one. Solve (XᵀX) w = Xᵀy for the X "
            "you were given.")
NOT_FINITE = ("your weights contain NaN or inf although XᵀX is invertible here: solve (XᵀX) w = Xᵀy "
              "with np.linalg.solve.")


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


def _relative_residual(X, y, w):
    """‖Xᵀ(Xw − y)‖ / (‖X‖ (‖X‖‖w‖ + ‖y‖)): 0 for the exact minimiser, ~1e-16 for a stable solver."""
    w = np.asarray(w, dtype=float)
    norm_X = np.linalg.norm(X, 2)
    return np.linalg.norm(X.T @ (X @ w - y)) / (norm_X * (norm_X * np.linalg.norm(w) + np.linalg.norm(y)))


def _fit(fit_least_squares, X, y, what):
    """Call the learner; a ValueError on allowed (m, 1) labels, or one weight too many, gets a hint."""
    try:
        w = fit_least_squares(X, y)
    except np.linalg.LinAlgError as exc:
        expect_true(False, f"{what} raised LinAlgError ({exc}), but XᵀX is invertible for this X.",
                    verdict="raised LinAlgError (singular matrix) for an invertible XᵀX",
                    hint=SINGULAR)
    except ValueError as exc:
        if np.ndim(y) == 2:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for labels of shape (m, 1)", hint=COLUMN_ALLOWED)
        raise
    d = np.shape(X)[1]
    if np.shape(w) == (d + 1,):
        expect_true(False, f"{what} returned {np.shape(w)[0]} weights for a design matrix with {d} "
                    "columns.", verdict=f"returned {d + 1} weights instead of {d}", hint=INTERCEPT_AGAIN)
    return w


@test_case(points=0.75, hidden=False)
def test_exact_line(fit_least_squares):
    """points on the line y = 1 + 2x: fit_least_squares([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7]) = [1, 2]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
    y = np.array([1.0, 3.0, 5.0, 7.0])
    what = "fit_least_squares([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 5, 7])"
    expect_close(_fit(fit_least_squares, X, y, what), np.array([1.0, 2.0]), what=what)


@test_case(points=0.75, hidden=False)
def test_noisy_points_and_column_labels(fit_least_squares):
    """X = [[1, 0], [1, 1], [1, 2]] with y = [1, 2, 2], and with the column y = [[1], [2], [2]]: w = [7/6, 1/2]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    # x̄ = 1, ȳ = 5/3; slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)² = 1/2; intercept = ȳ − x̄/2 = 7/6
    expected = np.array([7.0 / 6.0, 0.5])
    what = "fit_least_squares([[1, 0], [1, 1], [1, 2]], [1, 2, 2])"
    expect_close(_fit(fit_least_squares, X, np.array([1.0, 2.0, 2.0]), what), expected, what=what)
    what = "fit_least_squares([[1, 0], [1, 1], [1, 2]], [[1], [2], [2]])"
    expect_close(_fit(fit_least_squares, X, np.array([[1.0], [2.0], [2.0]]), what), expected, what=what)


@test_case(points=0.25, hidden=False)
def test_bad_shapes_raise(fit_least_squares):
    """y of the wrong length, and fewer examples than weights, raise ValueError"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    expect_raises(ValueError, fit_least_squares, X, np.array([1.0, 2.0]),
                  what="fit_least_squares(X of shape (3, 2), y of shape (2,))")
    expect_raises(ValueError, fit_least_squares, np.array([[1.0, 0.0, 2.0], [1.0, 1.0, 5.0]]),
                  np.array([1.0, 2.0]), what="fit_least_squares(X of shape (2, 3), y of shape (2,))",
                  when="(2 examples cannot determine 3 weights)")


SCALE = ("your function raised ValueError on a valid design whose entries are all tiny (or all huge): "
         "an absolute threshold such as det(XᵀX) < 1e-12 or a pivot == 0 test misfires when the data "
         "are rescaled. The columns here are independent: just solve (XᵀX) w = Xᵀy with "
         "np.linalg.solve (or use np.linalg.lstsq).")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
