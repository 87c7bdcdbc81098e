"""r_squared: the coefficient of determination 1 − SS_res / SS_tot, unclipped; ValueError for constant labels."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "r_squared"
hints = [
    "Convert both inputs to float vectors of shape (m,) (a column of shape (m, 1) becomes a vector), "
    "then check that they have the same length, that m >= 2 and that y is not constant.",
    "SS_res is the sum of (y − y_pred)²; SS_tot is the sum of (y − ȳ)², where ȳ is the mean of the "
    "TRUE labels y.",
    "Return float(1 - ss_res / ss_tot), and do not clip it: a negative R² is a legitimate answer.",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"r_squared": _GROUND_RULES}
ban_reason = ('compute SS_res and SS_tot yourself from the definition; np.polyfit, np.vander, '
              'np.polynomial, SciPy and scikit-learn would do the work for you, and an explicit inverse '
              '(np.linalg.inv, np.linalg.pinv) loses accuracy on ill-conditioned designs; they are the '
              'tools for applied work once this course is done.')

RATIO_ONLY = ("you returned SS_res / SS_tot, the fraction of the variation the model does NOT "
              "explain. R² is 1 minus that: 1 − SS_res / SS_tot.")
INVERTED = "the fraction is upside down: R² = 1 − SS_res / SS_tot, with SS_res on top."
INVERTED_ONLY = "you returned SS_tot / SS_res; R² = 1 − SS_res / SS_tot."
CLIPPED = ("R² can be negative: predictions worse than the mean label give SS_res > SS_tot. "
           "Do not clip the result at 0.")
CORRELATION = ("you returned the squared correlation between y and y_pred. It equals R² only for a "
               "least-squares fit with an intercept on its own training data; in general "
               "R² = 1 − SS_res / SS_tot.")
EXPLAINED = ("you returned Σ(ŷ − ȳ)² / SS_tot, the \"explained\" fraction. It equals R² only for a "
             "least-squares fit with an intercept on its own training data; in general "
             "R² = 1 − SS_res / SS_tot.")
PRED_MEAN = ("SS_tot must be computed from the TRUE labels, Σ(yᵢ − ȳ)², not from the predictions: "
             "check the order of the arguments, r_squared(y, y_pred).")
PRED_MEAN_LABELS = ("SS_tot measures the labels around THEIR mean, Σ(yᵢ − ȳ)² with ȳ = mean(y); you "
                    "subtracted the mean of the predictions instead.")
RESIDUAL_VARIANCE = ("you used the variance of the residuals, np.var(y − ŷ), which subtracts their mean: "
                     "predictions that are all off by the same amount then look perfect. SS_res is the "
                     "plain sum of squared residuals, Σ(yᵢ − ŷᵢ)², with nothing subtracted.")
SCALE = ("your function raised ValueError for labels that are not all equal, only small: a test "
         "such as SS_tot < 1e-12 (or np.std(y) < eps) is an absolute threshold that misfires when the "
         "labels are rescaled (metres to kilometres). Test for constant labels with "
         "np.all(y == y[0]), as the task says.")
BROADCAST = ("one input is a vector of shape (m,) and the other a column of shape (m, 1), so "
             "y − y_pred broadcast to an (m, m) matrix and SS_res summed m² differences. Turn both "
             "into vectors of shape (m,) first (.ravel() or [:, 0]).")


def _wrong_answers(y, p):
    res, tot = np.sum((y - p) ** 2), np.sum((y - y.mean()) ** 2)
    r2 = 1 - res / tot
    wrong = {RATIO_ONLY: res / tot, CORRELATION: np.corrcoef(y, p)[0, 1] ** 2 if np.std(p) > 0 else np.nan,
             EXPLAINED: np.sum((p - y.mean()) ** 2) / tot, CLIPPED: max(r2, 0.0)}
    if res > 0:
        wrong[INVERTED] = 1 - tot / res
        wrong[INVERTED_ONLY] = tot / res
    if np.ptp(p) > 0:
        wrong[PRED_MEAN] = 1 - res / np.sum((p - p.mean()) ** 2)
    if np.sum((y - p.mean()) ** 2) > 0 and abs(p.mean() - y.mean()) > 1e-9 * (1 + abs(y.mean())):
        wrong[PRED_MEAN_LABELS] = 1 - res / np.sum((y - p.mean()) ** 2)
    if abs(np.mean(y - p)) > 1e-9 * (1 + np.abs(y).max()):
        wrong[RESIDUAL_VARIANCE] = 1 - np.var(y - p) / np.var(y)
    # where two mistakes give the same number, neither can be named with confidence
    values = list(wrong.items())
    ambiguous = {h for h, v in values for h2, v2 in values
                 if h != h2 and abs(float(v) - float(v2)) <= 1e-12 + 1e-10 * abs(float(v2))}
    return r2, {h: v for h, v in wrong.items() if h not in ambiguous}


def _check(r_squared, y, y_pred, what):
    yf = np.asarray(y, dtype=float).reshape(-1)
    pf = np.asarray(y_pred, dtype=float).reshape(-1)
    expected, wrong = _wrong_answers(yf, pf)
    if np.ndim(y) != np.ndim(y_pred):
        difference = np.asarray(y, dtype=float) - np.asarray(y_pred, dtype=float)   # (m, m)
        wrong[BROADCAST] = 1 - np.sum(difference ** 2) / np.sum((yf - yf.mean()) ** 2)
    expect_close(r_squared(y, y_pred), expected, rtol=1e-10, atol=1e-12, what=what,
                 misconceptions=wrong)


@test_case(points=1, hidden=False)
def test_good_predictions(r_squared):
    """r_squared([1, 2, 3, 4], [1.1, 1.9, 3.2, 3.8]) = 1 − 0.1/5 = 0.98"""
    _check(r_squared, np.array([1.0, 2.0, 3.0, 4.0]), np.array([1.1, 1.9, 3.2, 3.8]),
           "r_squared([1, 2, 3, 4], [1.1, 1.9, 3.2, 3.8])")


@test_case(points=0.75, hidden=False)
def test_mean_and_backwards_predictions(r_squared):
    """predicting the mean gives 0; predictions that run backwards, r_squared([1, 2, 3], [3, 2, 1]), give 1 − 8/2 = −3"""
    _check(r_squared, np.array([1.0, 2.0, 3.0]), np.array([2.0, 2.0, 2.0]),
           "r_squared([1, 2, 3], [2, 2, 2])")
    _check(r_squared, np.array([1.0, 2.0, 3.0]), np.array([3.0, 2.0, 1.0]),
           "r_squared([1, 2, 3], [3, 2, 1])")


@test_case(points=0.25, hidden=False)
def test_invalid_input_raises(r_squared):
    """constant labels, and inputs of different lengths, raise ValueError"""
    expect_raises(ValueError, r_squared, np.array([2.0, 2.0, 2.0]), np.array([1.0, 2.0, 3.0]),
                  what="r_squared([2, 2, 2], [1, 2, 3])", when="(R² is undefined for constant labels)")
    expect_raises(ValueError, r_squared, np.array([1.0, 2.0, 3.0]), np.array([1.0, 2.0]),
                  what="r_squared([1, 2, 3], [1, 2])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1
