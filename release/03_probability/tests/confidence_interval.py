"""confidence_interval: mean ∓ critical value × standard error, with a t or z critical value."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.inference import normal_ppf, t_ppf
from course.runtime.testing import (Mismatch, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "confidence_interval"
hints = [
    "The interval is centre ∓ critical · SE with centre = np.mean(x) and SE = your standard_error(x).",
    "A two-sided interval leaves (1 − c)/2 in EACH tail, so the critical value is the quantile at "
    "(1 + c)/2: t_ppf((1 + confidence) / 2, n - 1) for 't', normal_ppf((1 + confidence) / 2) for 'z'.",
    "Validate first: raise ValueError unless 0 < confidence < 1 and method is 't' or 'z'; "
    "standard_error already raises for fewer than 2 values.",
]

bans = {"confidence_interval": ["scipy"]}
ban_reason = ("build the interval yourself from the mean, your standard_error and the critical value "
              "(t_ppf or normal_ppf, imported in the setup cell); scipy.stats.t.interval is for "
              "applied work after the course.")

Z_FOR_T = ("your interval used the normal critical value; method='t' must use Student's t with "
           "n − 1 degrees of freedom, t_ppf((1 + c)/2, n - 1), which is wider for small n because "
           "the standard error is itself estimated.")
T_FOR_Z = "method='z' must use the normal critical value normal_ppf((1 + c)/2), not Student's t."
ONE_SIDED = ("your critical value is the quantile at c instead of (1 + c)/2. A two-sided interval "
             "leaves (1 − c)/2 in EACH tail, so use the (1 + c)/2 quantile (0.975 for 95%).")
SD_NOT_SE = ("your interval is ∓ critical · s, the spread of the data; it must use the standard "
             "error s / √n of the mean.")
DDOF0 = ("your standard error uses ddof=0 (dividing by n); the sample standard deviation in the "
         "standard error divides by n − 1.")
DF_N = "Student's t here has n − 1 degrees of freedom, not n."
ONE_PASS = ("your interval is off for data far from 0 (around 1e8) with the same spread: a variance "
            "computed as mean(x²) − mean(x)² (or Σx² − n·x̄²) loses every digit there. Use your "
            "standard_error, which subtracts the mean first.")
SWAPPED = ("your low end is above your high end: the critical value came out negative, as the quantile "
           "at (1 − c)/2 does. Use the (1 + c)/2 quantile, so that low = mean − critical · SE < high.")
NOT_FLOATS = "return the two ends as floats: float(low), float(high)."
NOT_SYMMETRIC = "the interval must be symmetric around the sample mean: mean − half-width, mean + half-width."


def _interval(x, c, critical):
    x = np.asarray(x, dtype=float)
    m = np.mean(x)
    se = np.std(x, ddof=1) / np.sqrt(x.size)
    return np.array([m - critical * se, m + critical * se])


def _misconceptions(x, c, method):
    x = np.asarray(x, dtype=float)
    n = x.size
    upper = (1 + c) / 2
    right = t_ppf(upper, n - 1) if method == "t" else normal_ppf(upper)
    m, s = np.mean(x), np.std(x, ddof=1)
    wrong = {ONE_SIDED: _interval(x, c, t_ppf(c, n - 1) if method == "t" else normal_ppf(c)),
             SD_NOT_SE: np.array([m - right * s, m + right * s]),
             DDOF0: np.array([m - right * np.std(x) / np.sqrt(n), m + right * np.std(x) / np.sqrt(n)]),
             SWAPPED: _interval(x, c, -right)}
    if method == "t":
        wrong[Z_FOR_T] = _interval(x, c, normal_ppf(upper))
        wrong[DF_N] = _interval(x, c, t_ppf(upper, n))
    else:
        wrong[T_FOR_Z] = _interval(x, c, t_ppf(upper, n - 1))
    return wrong


def _check(got, expected, x, c, method, what, rtol=1e-9):
    low, high = expect_tuple(got, 2, what=what, names="low, high")
    expect_true(all(isinstance(v, (float, np.floating)) for v in (low, high)),
                f"{what} should return two floats; it returned {type(low).__name__} and "
                f"{type(high).__name__}.", verdict="low and high are not floats", hint=NOT_FLOATS)
    expected = np.asarray(expected, dtype=float)
    try:
        expect_close([low, high], expected, rtol=rtol, atol=1e-12, what=what)
    except Mismatch:   # only now work out which known mistake (if any) gives this answer
        expect_close([low, high], expected, rtol=rtol, atol=1e-12, what=what,
                     misconceptions=_misconceptions(x, c, method))
        raise


@test_case(points=1, hidden=False)
def test_t_interval(confidence_interval):
    """confidence_interval([2, 4, 4, 4, 5, 5, 7, 9], 0.95, 't') = 5 ∓ 2.364624 · 0.755929"""
    x = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    # t_{0.975, 7} = 2.3646242515927844, SE = √(4/7)
    _check(confidence_interval(list(x), 0.95, "t"), [3.21251208176379, 6.787487918236209], x, 0.95, "t",
           "confidence_interval([2, 4, 4, 4, 5, 5, 7, 9], 0.95, 't')")


@test_case(points=0.75, hidden=False)
def test_z_interval(confidence_interval):
    """confidence_interval([2, 4, 4, 4, 5, 5, 7, 9], 0.9, 'z') = 5 ∓ 1.644854 · 0.755929"""
    x = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    # z_{0.95} = 1.6448536269514722
    _check(confidence_interval(list(x), 0.9, "z"), [3.7566075314239415, 6.243392468576058], x, 0.9, "z",
           "confidence_interval([2, 4, 4, 4, 5, 5, 7, 9], 0.9, 'z')")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(confidence_interval):
    """confidence 95 or 0, an unknown method, and a single value raise ValueError"""
    x = [2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]
    expect_raises(ValueError, confidence_interval, x, 95, "t", what="confidence_interval(x, 95, 't')",
                  when="(a confidence level is a probability: 95% is 0.95)")
    expect_raises(ValueError, confidence_interval, x, 0.0, "z", what="confidence_interval(x, 0.0, 'z')")
    expect_raises(ValueError, confidence_interval, x, 0.95, "normal",
                  what="confidence_interval(x, 0.95, 'normal')")
    expect_raises(ValueError, confidence_interval, [3.0], 0.95, "t",
                  what="confidence_interval([3.0], 0.95, 't')")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
