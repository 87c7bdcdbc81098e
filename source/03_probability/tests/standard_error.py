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


@test_case(points=0.5, hidden=True)
def test_random_samples(standard_error):
    """random samples of sizes 2 to 1000, integer arrays and lists; the input is unchanged"""
    rng = np.random.default_rng(3311)
    for n in (10, 3, 57, 2, 1000):
        x = rng.normal(50.0, 7.0, size=n)
        x0 = x.copy()
        _close(standard_error(x), np.std(x0, ddof=1) / np.sqrt(n), f"standard_error on {n} values",
               lambda: _se_misconceptions(x0))
        expect_unchanged(x0, x, what="x")
    counts = rng.integers(0, 20, size=12)
    expected = np.std(counts.astype(float), ddof=1) / np.sqrt(12)
    _close(standard_error(counts), expected, "standard_error on an integer array",
           lambda: _se_misconceptions(counts))
    expect_close(standard_error(counts.tolist()), expected, rtol=1e-10, what="standard_error on a list")
    expect_close(standard_error(np.full(5, 3.25)), 0.0, what="standard_error on five equal values")
    _cancellation(standard_error(np.full(7, 0.1)), 0.0, "standard_error on seven values 0.1", lambda: {},
                  rtol=0.0, atol=1e-15)
    # tiny and huge scales: relative tolerance only
    for factor in (1e-8, 1e8):
        x = factor * rng.normal(0.0, 1.0, size=9)
        x0 = x.copy()
        got = standard_error(x)
        _is_float(got, f"standard_error on data of scale {factor:g}")
        _close(got, np.std(x0, ddof=1) / 3.0, f"standard_error on data of scale {factor:g}",
               lambda: _se_misconceptions(x0), atol=0.0)
    # far from zero: the one-pass formula loses every digit
    centred = rng.normal(0.0, 1.0, size=20)
    expected = np.std(centred, ddof=1) / np.sqrt(20)
    _cancellation(standard_error(1e8 + centred), expected, "standard_error on data around 1e8",
                  lambda: _se_misconceptions(centred), rtol=1e-5, atol=0.0)


@test_case(points=0.25, hidden=True)
def test_random_differences(standard_error_diff):
    """random samples of different sizes and spreads; swapping x and y; the inputs are unchanged"""
    rng = np.random.default_rng(3312)
    for nx, ny, scale in ((2, 2, 1.0), (3, 40, 10.0), (25, 8, 0.1), (300, 120, 3.0)):
        x, y = rng.normal(0.0, 1.0, size=nx), rng.normal(5.0, scale, size=ny)
        x0, y0 = x.copy(), y.copy()
        expected = np.sqrt(np.var(x0, ddof=1) / nx + np.var(y0, ddof=1) / ny)
        what = f"standard_error_diff on samples of sizes {nx} and {ny}"
        _close(standard_error_diff(x, y), expected, what, lambda: _diff_misconceptions(x0, y0))
        expect_unchanged(x0, x, what="x")
        expect_unchanged(y0, y, what="y")
        expect_close(standard_error_diff(y0.copy(), x0.copy()), expected, rtol=1e-10,
                     what=f"{what}, with x and y swapped")
    for factor in (1e-8, 1e8):
        x, y = factor * rng.normal(0.0, 1.0, size=5), factor * rng.normal(2.0, 3.0, size=11)
        x0, y0 = x.copy(), y.copy()
        expected = np.sqrt(np.var(x0, ddof=1) / 5 + np.var(y0, ddof=1) / 11)
        got = standard_error_diff(x, y)
        _is_float(got, f"standard_error_diff on data of scale {factor:g}")
        _close(got, expected, f"standard_error_diff on data of scale {factor:g}",
               lambda: _diff_misconceptions(x0, y0), atol=0.0)
    x, y = rng.normal(0.0, 1.0, size=7), rng.normal(0.0, 2.0, size=9)
    expected = np.sqrt(np.var(x, ddof=1) / 7 + np.var(y, ddof=1) / 9)
    _cancellation(standard_error_diff(1e8 + x, 1e8 + y), expected, "standard_error_diff on data around 1e8",
                  lambda: _diff_misconceptions(x, y), rtol=1e-5, atol=0.0)
    x, y = np.full(4, 2.0), rng.normal(0.0, 1.0, size=6)       # one sample without spread is fine
    expect_close(standard_error_diff(x, y.copy()), np.std(y, ddof=1) / np.sqrt(6), rtol=1e-10,
                 what="standard_error_diff when x has no spread")
