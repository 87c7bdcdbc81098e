"""design_matrix: add_intercept(X) puts a leading column of ones in front of the features."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "design_matrix"
hints = [
    "Convert X to a float array first. If it is 1-D, it is one feature: make it a column of shape "
    "(m, 1) with X[:, None] or X.reshape(-1, 1).",
    "Build a column of m ones and put it in FRONT of the features: np.column_stack or np.hstack of "
    "[ones, X]. Check X.ndim and raise ValueError for anything that is not 1-D or 2-D.",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"add_intercept": _GROUND_RULES}
ban_reason = ("build the design matrix yourself from NumPy's array tools (np.ones, np.column_stack); "
              'np.polyfit, np.vander, np.polynomial, SciPy and scikit-learn would do the work for you, '
              'and an explicit inverse (np.linalg.inv, np.linalg.pinv) loses accuracy on ill- '
              'conditioned designs; they are the tools for applied work once this course is done.')

MISSING = ("no column of ones was added: the result has the same shape as X. The design matrix "
           "has one more column than X, the constant feature 1 whose weight is the intercept.")
OVERWRITTEN = ("you overwrote the first feature with ones instead of adding a new column: the "
               "result must keep every column of X and have one more column, the ones in front.")
ONES_LAST = ("the column of ones is at the end. Put it first (column 0), so that w[0] is the "
             "intercept in every later formula, for example the unpenalised weight of ridge "
             "regression.")
ONE_FEATURE = ("a 1-D X holds m examples of ONE feature, not one example of m features: turn it "
               "into a column of shape (m, 1) (X[:, None]) before adding the ones, so the result "
               "has shape (m, 2).")
FLOAT32 = ("np.float32 keeps only about 7 significant digits, so the copied columns of X are no longer "
           "the values of X. Use NumPy's default float (np.asarray(X, dtype=float), float64).")
NOT_FLOAT = "the design matrix should be a float array, also for integer X (use np.asarray(X, dtype=float))."


def _check_design(got, X, what, one_d=False):
    """got must be [1 | X] for the 2-D float version X; targeted hints for the usual slips."""
    X = np.asarray(X, dtype=float)
    m, d = X.shape
    expected = np.column_stack([np.ones(m), X])
    arr = np.asarray(got) if got is not None else None
    if arr is not None and arr.dtype.kind in "iuf":
        if arr.shape == (m, d) and d >= 1:
            overwritten = (np.all(arr[:, 0] == 1) and np.allclose(arr[:, 1:], X[:, 1:])
                           and not np.all(X[:, 0] == 1))
            expect_true(not overwritten, f"{what} has shape {arr.shape}; expected {(m, d + 1)}.",
                        verdict=f"wrong shape {arr.shape}", hint=OVERWRITTEN)
            expect_true(not np.allclose(arr, X), f"{what} has shape {arr.shape}; expected {(m, d + 1)}.",
                        verdict=f"wrong shape {arr.shape}", hint=MISSING)
        if one_d and arr.shape != expected.shape and arr.shape in ((1, m + 1), (2, m), (m + 1,)):
            expect_true(False, f"{what} has shape {arr.shape}; expected {(m, 2)}.",
                        verdict=f"wrong shape {arr.shape}", hint=ONE_FEATURE)
    if arr is not None and arr.dtype == np.float32 and arr.shape == expected.shape:
        expect_true(np.allclose(arr, expected, rtol=1e-12, atol=1e-12),
                    f"{what} has dtype float32, which rounds the values of X to about 7 digits.",
                    verdict="returned float32, which rounds the values of X", hint=FLOAT32)
    # the columns of X are copied, so they must come back to the last digit
    expect_close(got, expected, what=what, rtol=1e-12, atol=1e-12,
                 misconceptions={ONES_LAST: np.column_stack([X, np.ones(m)])})


def _call(add_intercept, X, what):
    """Call the learner; a crash on a 1-D X gets the one-feature hint."""
    try:
        return add_intercept(X)
    except (ValueError, IndexError, TypeError) as exc:
        if np.ndim(X) == 1:
            expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                        verdict=f"raised {type(exc).__name__} for a 1-D X", hint=ONE_FEATURE)
        raise


@test_case(points=1, hidden=False)
def test_two_features(add_intercept):
    """add_intercept([[2, 3], [4, 5], [6, 7]]) = [[1, 2, 3], [1, 4, 5], [1, 6, 7]]"""
    what = "add_intercept([[2, 3], [4, 5], [6, 7]])"
    got = _call(add_intercept, [[2, 3], [4, 5], [6, 7]], what)
    _check_design(got, [[2, 3], [4, 5], [6, 7]], what)


@test_case(points=0.75, hidden=False)
def test_one_feature_as_1d(add_intercept):
    """add_intercept([0.5, 1.5, 2.5, 3.5]) (one feature, 1-D) = [[1, 0.5], [1, 1.5], [1, 2.5], [1, 3.5]]"""
    x = np.array([0.5, 1.5, 2.5, 3.5])
    what = "add_intercept([0.5, 1.5, 2.5, 3.5])"
    _check_design(_call(add_intercept, x.copy(), what), x[:, None], what, one_d=True)


@test_case(points=0.25, hidden=False)
def test_three_dimensional_raises(add_intercept):
    """a 3-D array raises ValueError"""
    expect_raises(ValueError, add_intercept, np.zeros((2, 3, 4)),
                  what="add_intercept(np.zeros((2, 3, 4)))")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
