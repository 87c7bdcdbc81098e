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


@test_case(points=0.75, hidden=True)
def test_random_samples(confidence_interval):
    """random samples of sizes 2 to 400, confidence levels 0.5 to 0.999, both methods; x unchanged"""
    from scipy import special      # stdtrit and ndtri: the quantiles behind scipy.stats.t and .norm

    rng = np.random.default_rng(3321)
    for n, c in ((2, 0.95), (3, 0.5), (10, 0.99), (47, 0.8), (400, 0.999)):
        x = rng.gamma(2.0, 3.0, size=n)
        x0 = x.copy()
        for method in ("t", "z"):
            q = (1 + c) / 2
            critical = special.stdtrit(n - 1, q) if method == "t" else special.ndtri(q)
            what = f"confidence_interval on {n} values, confidence {c}, method '{method}'"
            _check(confidence_interval(x, c, method), _interval(x0, c, critical), x0, c, method, what)
            expect_unchanged(x0, x, what="x")
    counts = rng.integers(0, 9, size=6)
    critical = special.stdtrit(5, 0.975)
    _check(confidence_interval(counts, 0.95, "t"), _interval(counts, 0.95, critical), counts, 0.95, "t",
           "confidence_interval on an integer array")


@test_case(points=0.25, hidden=True)
def test_defaults_and_symmetry(confidence_interval):
    """the defaults are confidence=0.95 and method='t'; the interval is symmetric around the mean"""
    from scipy import special      # stdtrit and ndtri: the quantiles behind scipy.stats.t and .norm

    rng = np.random.default_rng(3322)
    x = rng.normal(100.0, 15.0, size=5)
    expected = _interval(x, 0.95, 2.7764451051977987)      # t_{0.975, 4}
    _check(confidence_interval(x.copy()), expected, x, 0.95, "t", "confidence_interval(x) with defaults")
    expect_raises(ValueError, confidence_interval, x.copy(), 0.95, "T", what="confidence_interval(x, 0.95, 'T')",
                  when="(method must be exactly 't' or 'z'; any other string raises)")
    low, high = expect_tuple(confidence_interval(x.copy(), 0.6, "z"), 2,
                             what="confidence_interval(x, 0.6, 'z')", names="low, high")
    expect_true(abs((low + high) / 2 - np.mean(x)) <= 1e-9 * np.mean(np.abs(x)),
                "the interval is not centred on the sample mean.", hint=NOT_SYMMETRIC)
    # tiny and huge scales, and data far from 0: the half-width is checked on its own, relatively
    for shift, factor, n, c, method in ((0.0, 1e-8, 9, 0.9, "t"), (0.0, 1e8, 6, 0.99, "z"),
                                        (1e8, 1.0, 12, 0.95, "t"), (1e8, 1.0, 30, 0.8, "z")):
        centred = factor * rng.normal(0.0, 1.0, size=n)
        q = (1 + c) / 2
        critical = special.stdtrit(n - 1, q) if method == "t" else special.ndtri(q)
        what = (f"confidence_interval on {n} values {'around 1e8' if shift else f'of scale {factor:g}'}, "
                f"confidence {c}, method '{method}'")
        low, high = expect_tuple(confidence_interval(shift + centred, c, method), 2, what=what,
                                 names="low, high")
        half = np.std(centred, ddof=1) / np.sqrt(n) * critical
        got_half = (float(high) - float(low)) / 2
        wrong = {name: (w[1] - w[0]) / 2 for name, w in _misconceptions(centred, c, method).items()}
        try:
            expect_close(got_half, half, rtol=1e-6, atol=0.0, what=f"the half-width from {what}",
                         misconceptions=wrong)
        except Mismatch as m:
            if m.kind != "values" or not shift:
                raise
            raise Mismatch(f"{m.detail} Hint: {ONE_PASS}", verdict=f"{m.verdict}; {ONE_PASS}",
                           hint=ONE_PASS, kind=m.kind) from None
        expect_close((float(low) + float(high)) / 2, shift + np.mean(centred), rtol=1e-12,
                     atol=1e-9 * abs(half), what=f"the centre of the interval from {what}")
