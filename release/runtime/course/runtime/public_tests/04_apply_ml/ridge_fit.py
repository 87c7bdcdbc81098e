"""ridge_fit: the MAP / ridge weights solving (XᵀX + λI′) w = Xᵀy, with the intercept w[0] not penalised."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "ridge_fit"
hints = [
    "Start as in fit_least_squares: float arrays, (m, 1) labels turned into a vector of shape (m,), "
    "and a ValueError for lam < 0.",
    "Build the penalty matrix P = lam * np.eye(d) and set P[0, 0] = 0, so that the intercept is "
    "not penalised.",
    "Return np.linalg.solve(X.T @ X + P, X.T @ y).",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"ridge_fit": _GROUND_RULES}
ban_reason = ('solve the regularised normal equations (XᵀX + λI′) w = Xᵀy with np.linalg.solve: an '
              'explicit inverse (np.linalg.inv, np.linalg.pinv) loses digits on ill-conditioned '
              'designs, and np.polyfit, np.vander, np.polynomial, SciPy and scikit-learn (Ridge) would '
              'do the work for you; they are the tools for applied work once this course is done.')

INTERCEPT = ("you penalised the intercept too: the penalty matrix must be λ·I′ with "
             "I′ = diag(0, 1, …, 1), so that w[0] is free. Set the (0, 0) entry of the penalty "
             "to 0.")
EVERY_ENTRY = ("you added λ to EVERY entry of XᵀX (XᵀX + lam adds the number to the whole matrix). "
               "The penalty belongs on the diagonal only: XᵀX + λ·I′ with I′ = diag(0, 1, …, 1).")
SCALED = ("your penalty is m times too strong: here the objective is the SUM of squared errors "
          "‖y − Xw‖² + λ Σⱼ≥₁ wⱼ², so the system is (XᵀX + λI′) w = Xᵀy, with no factor m.")
HALF = ("your penalty is half as strong as it should be: the objective ‖y − Xw‖² + λ Σⱼ≥₁ wⱼ² "
        "gives the system (XᵀX + λI′) w = Xᵀy, with λ itself on the diagonal (not λ/2).")
SHIFT = ("adding the same constant c to every label must change only the intercept, by exactly c. "
         "Yours changed the slopes too, which happens when the intercept is penalised: set the "
         "(0, 0) entry of the penalty to 0.")
WIDE = ("unlike fit_least_squares, ridge_fit allows fewer examples than weights (m < d): with lam > 0 "
        "the matrix XᵀX + λI′ is still invertible. Drop the m >= d check.")
SHAPES = ("shapes as in section 2: X is 2-D and the labels come as (m,) or (m, 1) only; anything else "
          "(a row of labels (1, m), a 1-D X) raises ValueError instead of being reshaped.")
COLUMN_ALLOWED = ("labels of shape (m, 1) are allowed in this notebook, but your function raised "
                  "ValueError for them. If you raised it yourself, accept them instead. If NumPy "
                  "raised it, the column of labels did not fit your shapes. Either way, turn y into "
                  "a vector of shape (m,) first (y[:, 0] or y.ravel()).")


def _ridge(X, y, lam, penalise_first=False, scale=1.0, every_entry=False):
    """The ridge weights, and the usual wrong versions of them."""
    d = X.shape[1]
    if every_entry:
        return np.linalg.solve(X.T @ X + lam, X.T @ y)
    penalty = lam * scale * np.eye(d)
    if not penalise_first:
        penalty[0, 0] = 0.0
    return np.linalg.solve(X.T @ X + penalty, X.T @ y)


def _check(ridge_fit, X, y, lam, what, rtol=1e-9):
    """Call the learner and compare with the reference; name the usual mistakes."""
    Xf = np.asarray(X, dtype=float)
    yf = np.asarray(y, dtype=float).reshape(-1)
    try:
        got = ridge_fit(X, y, lam)
    except ValueError as exc:
        if np.ndim(y) == 2:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for labels of shape (m, 1)", hint=COLUMN_ALLOWED)
        raise
    wrong = {}
    if lam > 0:
        wrong = {INTERCEPT: _ridge(Xf, yf, lam, penalise_first=True),
                 EVERY_ENTRY: _ridge(Xf, yf, lam, every_entry=True),
                 SCALED: _ridge(Xf, yf, lam, scale=len(yf)),
                 HALF: _ridge(Xf, yf, lam, scale=0.5)}
    expected = _ridge(Xf, yf, lam)
    expect_close(got, expected, rtol=rtol, atol=1e-10 * (np.abs(expected).max() + 1), what=what,
                 misconceptions=wrong)
    return np.asarray(got, dtype=float)


@test_case(points=1, hidden=False)
def test_small_example(ridge_fit):
    """ridge_fit([[1, 0], [1, 1], [1, 2]], [1, 3, 5], 1) = [5/3, 4/3]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    # XᵀX + diag(0, 1) = [[3, 3], [3, 6]], Xᵀy = [9, 13]  →  w = [15, 12] / 9
    _check(ridge_fit, X, np.array([1.0, 3.0, 5.0]), 1.0,
           "ridge_fit([[1, 0], [1, 1], [1, 2]], [1, 3, 5], 1)")


@test_case(points=0.5, hidden=False)
def test_zero_penalty_is_least_squares(ridge_fit):
    """lam = 0 gives the least-squares weights: ridge_fit([[1, 0], [1, 1], [1, 2]], [1, 3, 5], 0) = [1, 2]"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    what = "ridge_fit([[1, 0], [1, 1], [1, 2]], [1, 3, 5], 0)"
    expect_close(ridge_fit(X, np.array([1.0, 3.0, 5.0]), 0.0), np.array([1.0, 2.0]), what=what)


@test_case(points=0.25, hidden=False)
def test_negative_penalty_raises(ridge_fit):
    """lam = -1 raises ValueError"""
    X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    expect_raises(ValueError, ridge_fit, X, np.array([1.0, 3.0, 5.0]), -1.0,
                  what="ridge_fit([[1, 0], [1, 1], [1, 2]], [1, 3, 5], -1)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
