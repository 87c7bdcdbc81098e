"""standard_error: the estimated standard error s/√n of a mean, and of a difference of two means."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "standard_error"
hints = [
    "The standard error of the mean is the sample standard deviation divided by √n, where the "
    "standard deviation uses n − 1 in its denominator.",
    "np.std(x, ddof=1) / np.sqrt(len(x)). The default of np.std is ddof=0, which divides by n.",
    "For two independent samples the VARIANCES of the means add: square each standard error, add, "
    "then take the square root. Raise ValueError first if a sample has fewer than 2 values.",
]

bans = {"standard_error": ["scipy"], "standard_error_diff": ["scipy"]}
ban_reason = ("compute s / √n yourself with NumPy (np.std or np.var with ddof=1 are fine); "
              "scipy.stats.sem is for applied work after the course.")

SD_NOT_SE = ("you returned the sample standard deviation s, which is the spread of the data; the "
             "standard error of the mean is s / √n, the spread of the mean itself.")
DDOF0 = ("your s divides by n instead of n − 1 (np.std's default ddof=0); the standard error uses "
         "the sample standard deviation with ddof=1.")
NO_ROOT = "you returned s² / n, the variance of the mean; the standard error is its square root, s / √n."
OVER_N = "you divided s by n; the standard error divides by √n: s / √n."
POOLED = ("you pooled the two variances into one; here the samples may have different variances "
          "(Welch's setting), so use √(s_x²/n_x + s_y²/n_y) with each sample's own variance.")
SUM_OF_SES = ("you added the two standard errors; for independent samples the VARIANCES add: "
              "√(SE_x² + SE_y²), not SE_x + SE_y.")
DIFF_NO_ROOT = "you returned s_x²/n_x + s_y²/n_y, a variance; the standard error is its square root."

ONE_PASS = ("your standard error is wrong for data far from 0 (around 1e8) although the spread is "
            "the same: (Σx² − n·x̄²) / (n − 1) subtracts two huge, nearly equal numbers and loses "
            "every digit. Subtract the mean first: np.std(x, ddof=1) or np.sum((x - x.mean()) ** 2).")
NOT_FLOAT = "return a single float, e.g. float(np.std(x, ddof=1) / np.sqrt(len(x)))."


def _close(got, expected, what, misconceptions, rtol=1e-10, atol=1e-9):
    """expect_close, working out the misconception values only when the answer is wrong."""
    try:
        expect_close(got, expected, rtol=rtol, atol=atol, what=what)
    except Mismatch:
        expect_close(got, expected, rtol=rtol, atol=atol, what=what, misconceptions=misconceptions())
        raise


def _cancellation(got, expected, what, misconceptions, rtol, atol):
    """_close, naming the one-pass formula when data with a large mean relative to their spread fail."""
    try:
        _close(got, expected, what, misconceptions, rtol=rtol, atol=atol)
    except Mismatch as m:
        if m.kind != "values":
            raise
        raise Mismatch(f"{m.detail} Hint: {ONE_PASS}", verdict=f"{m.verdict}; {ONE_PASS}", hint=ONE_PASS,
                       kind=m.kind) from None


def _is_float(got, what):
    expect_true(isinstance(got, (float, np.floating)),
                f"{what} should be a float; it is {type(got).__name__}.",
                verdict="the result is not a float", hint=NOT_FLOAT)


def _unambiguous(wrong):
    """Drop mistakes that give the same number as another one here (s / n and s₀ / √n agree for
    n = 2): a hint must name the mistake that was actually made."""
    values = list(wrong.values())
    return {hint: value for i, (hint, value) in enumerate(wrong.items())
            if not any(j != i and np.isclose(value, other, rtol=1e-9) for j, other in enumerate(values))}


def _se_misconceptions(x):
    x = np.asarray(x, dtype=float)
    n = x.size
    s = np.std(x, ddof=1)
    return _unambiguous({SD_NOT_SE: s, DDOF0: np.std(x) / np.sqrt(n), NO_ROOT: s ** 2 / n, OVER_N: s / n})


def _diff_misconceptions(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    nx, ny = x.size, y.size
    vx, vy = np.var(x, ddof=1), np.var(y, ddof=1)
    pooled = ((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2)
    return _unambiguous({POOLED: np.sqrt(pooled * (1 / nx + 1 / ny)),
                         SUM_OF_SES: np.sqrt(vx / nx) + np.sqrt(vy / ny),
                         DIFF_NO_ROOT: vx / nx + vy / ny,
                         DDOF0: np.sqrt(np.var(x) / nx + np.var(y) / ny)})


@test_case(points=1, hidden=False)
def test_standard_error(standard_error):
    """standard_error([2, 4, 4, 4, 5, 5, 7, 9]) = √(32/7 / 8) = 0.755929"""
    x = [2, 4, 4, 4, 5, 5, 7, 9]
    # mean 5, squared deviations sum to 32: s² = 32 / 7, SE = √(32 / 7 / 8) = √(4 / 7)
    _close(standard_error(list(x)), np.sqrt(4 / 7), "standard_error([2, 4, 4, 4, 5, 5, 7, 9])",
           lambda: _se_misconceptions(x))


@test_case(points=1, hidden=False)
def test_standard_error_of_a_difference(standard_error_diff):
    """standard_error_diff([1, 2, 3, 4], [2, 4, 6, 8, 10]) = √(5/3 / 4 + 10 / 5) = 1.554563"""
    x, y = np.array([1.0, 2.0, 3.0, 4.0]), np.array([2.0, 4.0, 6.0, 8.0, 10.0])
    # s_x² = 5/3, s_y² = 10
    _close(standard_error_diff(x.copy(), y.copy()), np.sqrt(5 / 12 + 2),
           "standard_error_diff([1, 2, 3, 4], [2, 4, 6, 8, 10])", lambda: _diff_misconceptions(x, y))


@test_case(points=0.25, hidden=False)
def test_too_few_values(standard_error, standard_error_diff):
    """fewer than 2 values in a sample raise ValueError"""
    expect_raises(ValueError, standard_error, [3.0], what="standard_error([3.0])")
    expect_raises(ValueError, standard_error, [], what="standard_error([])")
    expect_raises(ValueError, standard_error_diff, [1.0, 2.0], [5.0],
                  what="standard_error_diff([1, 2], [5])")
    expect_raises(ValueError, standard_error_diff, [5.0], [1.0, 2.0],
                  what="standard_error_diff([5], [1, 2])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.75
