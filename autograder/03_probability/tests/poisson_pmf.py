"""poisson_pmf: the Poisson pmf in log space, and its cdf as a running sum of the pmf."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "poisson_pmf"
hints = [
    "log P(N = k) = k·log(lam) − lam − log k!, and log k! is your log_factorial(k). Apply np.exp "
    "once, at the end; for k < 0 return 0.0 (np.where, with k replaced by 0 inside the logs).",
    "The cdf at k is P(N = 0) + P(N = 1) + … + P(N = k): k + 1 terms, starting at 0 and including k. "
    "np.cumsum(poisson_pmf(np.arange(top + 1), lam)) holds all these partial sums for k = 0..top.",
    "For an array k: top = max(int(np.max(k)), 0); running = np.cumsum(...); then "
    "np.where(k >= 0, running[np.clip(k, 0, top)], 0.0). Both functions start with "
    "`if not lam > 0: raise ValueError(...)`.",
]

bans = {"poisson_pmf": ["scipy", "math.factorial"], "poisson_cdf": ["scipy", "math.factorial"]}
ban_reason = ("compute log P(N = k) = k·log(lam) − lam − log k! yourself with your log_factorial (math.lgamma), "
              "and the cdf as a running sum of your pmf: the task rules out math.factorial (it overflows "
              "floats) and scipy, whose scipy.stats.poisson is fine to use from step 3, notebook 3 on.")

OVERFLOW = ("lam**k and k! overflow floats (500**1000 ≈ 1e2699, 171! > 1.8e308): compute "
            "log P(N = k) = k·log(lam) − lam − log k! with your log_factorial, and apply np.exp once "
            "at the end.")
CDF_STOPS_BEFORE_K = ("your cdf stops one term early: P(N ≤ k) includes P(N = k), so it adds k + 1 "
                      "terms, i = 0, 1, …, k (range(k + 1), or index k of np.cumsum).")
CDF_SKIPS_ZERO = ("your cdf leaves out P(N = 0) = e^(−lam): the sum starts at i = 0, not at i = 1.")
PMF_FOR_CDF = ("you returned the pmf P(N = k), but the cdf P(N ≤ k) is asked for: add up the pmf "
               "for i = 0, 1, …, k.")
CDF_FOR_PMF = ("you returned the cdf P(N ≤ k), but the pmf P(N = k) is asked for: the probability of "
               "exactly k events, λ^k e^(−λ) / k!.")
NEGATIVE_K = ("for k < 0 the pmf and the cdf are 0.0 (a count is never negative); replace such k by 0 "
              "before taking logs or indexing, and select 0.0 for them with np.where(k >= 0, …, 0.0).")


def _call(func, *args, what):
    """Call the learner; an OverflowError or a NaN/inf result gets the log-space hint."""
    try:
        got = func(*args)
    except OverflowError as exc:
        expect_true(False, f"{what} raised OverflowError ({exc}).", verdict="raised OverflowError",
                    hint=OVERFLOW)
    try:
        finite = bool(np.all(np.isfinite(np.asarray(got, dtype=float))))
    except (TypeError, ValueError):
        finite = True   # not numeric: expect_close reports the type
    expect_true(finite, f"{what} returned {got!r}, which contains nan or inf.",
                verdict="returned nan or inf", hint=OVERFLOW)
    return got


@test_case(points=0.5, hidden=False)
def test_small_pmf(poisson_pmf):
    """poisson_pmf(0, 2.0) = e^−2 ≈ 0.135335, poisson_pmf(3, 2.0) = (4/3)e^−2 ≈ 0.180447, and the array k = [0, 1, 2, 3]"""
    e2 = math.exp(-2.0)
    expect_close(poisson_pmf(0, 2.0), e2, what="poisson_pmf(0, 2.0)")
    expect_close(poisson_pmf(3, 2.0), 4 / 3 * e2, what="poisson_pmf(3, 2.0)",
                 misconceptions={CDF_FOR_PMF: 19 / 3 * e2})
    expect_close(poisson_pmf(np.array([0, 1, 2, 3]), 2.0), e2 * np.array([1.0, 2.0, 2.0, 4 / 3]),
                 what="poisson_pmf(np.array([0, 1, 2, 3]), 2.0)",
                 misconceptions={CDF_FOR_PMF: e2 * np.array([1.0, 3.0, 5.0, 19 / 3])})


@test_case(points=0.5, hidden=False)
def test_large_k_in_log_space(poisson_pmf):
    """poisson_pmf(500, 500.0) ≈ 0.0178383 and poisson_pmf(1000, 500.0) ≈ 1.65242e−86 (no overflow)"""
    what = "poisson_pmf(500, 500.0)"
    expect_close(_call(poisson_pmf, 500, 500.0, what=what), 0.017838267869512373, rtol=1e-7,
                 what=what)
    what = "poisson_pmf(1000, 500.0)"
    expect_close(_call(poisson_pmf, 1000, 500.0, what=what), 1.652415127750275e-86, rtol=1e-7,
                 atol=0.0, what=what)


@test_case(points=0.5, hidden=False)
def test_small_cdf(poisson_cdf):
    """poisson_cdf(2, 2.0) = 5e^−2 ≈ 0.676676, and poisson_cdf([0, 1, 2, 3], 2.0) = e^−2·[1, 3, 5, 19/3]"""
    e2 = math.exp(-2.0)
    expect_close(_call(poisson_cdf, 2, 2.0, what="poisson_cdf(2, 2.0)"), 5 * e2,
                 what="poisson_cdf(2, 2.0)",
                 misconceptions={CDF_STOPS_BEFORE_K: 3 * e2, CDF_SKIPS_ZERO: 4 * e2, PMF_FOR_CDF: 2 * e2})
    what = "poisson_cdf(np.array([0, 1, 2, 3]), 2.0)"
    expect_close(_call(poisson_cdf, np.array([0, 1, 2, 3]), 2.0, what=what),
                 e2 * np.array([1.0, 3.0, 5.0, 19 / 3]), what=what,
                 misconceptions={CDF_STOPS_BEFORE_K: e2 * np.array([0.0, 1.0, 3.0, 5.0]),
                                 CDF_SKIPS_ZERO: e2 * np.array([0.0, 2.0, 4.0, 16 / 3]),
                                 PMF_FOR_CDF: e2 * np.array([1.0, 2.0, 2.0, 4 / 3])})


@test_case(points=0.25, hidden=False)
def test_invalid_rate(poisson_pmf, poisson_cdf):
    """lam = 0 and lam = −1.5 raise ValueError in poisson_pmf and poisson_cdf"""
    for lam in (0.0, -1.5):
        expect_raises(ValueError, poisson_pmf, 1, lam, what=f"poisson_pmf(1, {lam:g})")
        expect_raises(ValueError, poisson_cdf, 1, lam, what=f"poisson_cdf(1, {lam:g})")


@test_case(points=0.25, hidden=True)
def test_pmf_random_arrays(poisson_pmf):
    """arrays of k up to 1000 (some negative, some 2-D) for several lam up to 500, against an independent reference"""
    rng = np.random.default_rng(3201)
    lgamma = np.vectorize(math.lgamma, otypes=[float])

    def reference(k, lam):
        kk = np.where(k >= 0, k, 0)
        return np.where(k >= 0, np.exp(kk * math.log(lam) - lam - lgamma(kk + 1.0)), 0.0)

    for lam in (0.3, 4.0, 37.5, 212.25, 500.0):
        k = rng.integers(0, 1001, size=30)
        what = f"poisson_pmf(k, {lam:g}) for an array k"
        expect_close(_call(poisson_pmf, k.copy(), lam, what=what), reference(k, lam), rtol=1e-7,
                     atol=1e-300, what=what)
    k = rng.integers(-5, 30, size=(4, 5))
    what = "poisson_pmf(k, 7.5) for k of shape (4, 5), some entries negative"
    try:
        got = poisson_pmf(k.copy(), 7.5)
    except (ValueError, IndexError) as exc:
        expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                    verdict=f"raised {type(exc).__name__} for negative k", hint=NEGATIVE_K)
    values = np.asarray(got, dtype=float)
    expect_true(values.shape == k.shape and bool(np.all(values[k < 0] == 0.0)),
                f"{what}: the entries for negative k must be 0.", verdict="nonzero (or nan) pmf for k < 0",
                hint=NEGATIVE_K)
    expect_close(got, reference(k, 7.5), rtol=1e-7, what=what)


@test_case(points=0.5, hidden=True)
def test_cdf_random_arrays(poisson_cdf):
    """unsorted arrays of k (some negative, some far in the tails) for several lam, against an independent reference"""
    rng = np.random.default_rng(3202)
    lgamma = np.vectorize(math.lgamma, otypes=[float])
    for lam in (0.8, 9.0, 120.0, 500.0):
        top = int(lam + 12 * math.sqrt(lam) + 20)
        i = np.arange(top + 1)
        pmf = np.exp(i * math.log(lam) - lam - lgamma(i + 1.0))
        running = np.cumsum(pmf)
        k = rng.integers(-3, top + 1, size=25)
        safe = np.clip(k, 0, top)
        inside = k >= 0
        expected = np.where(inside, running[safe], 0.0)
        wrong = {
            CDF_STOPS_BEFORE_K: np.where(inside, running[safe] - pmf[safe], 0.0),
            CDF_SKIPS_ZERO: np.where(inside, running[safe] - pmf[0], 0.0),
            PMF_FOR_CDF: np.where(inside, pmf[safe], 0.0),
        }
        what = f"poisson_cdf(k, {lam:g}) for an unsorted array k"
        try:
            got = _call(poisson_cdf, k.copy(), lam, what=what)
        except (ValueError, IndexError) as exc:
            expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                        verdict=f"raised {type(exc).__name__} for negative k", hint=NEGATIVE_K)
        values = np.asarray(got, dtype=float)
        expect_true(values.shape != k.shape or bool(np.all(values[~inside] == 0.0)),
                    f"{what}: the entries for negative k must be 0.", verdict="nonzero cdf for k < 0",
                    hint=NEGATIVE_K)
        expect_close(got, expected, rtol=1e-7, atol=1e-14, what=what, misconceptions=wrong)


@test_case(points=0.25, hidden=True)
def test_integer_rate_sums_and_inputs_unchanged(poisson_pmf, poisson_cdf):
    """an integer lam, the pmf summing to 1, the cdf at a scalar k (also when every k is negative), and inputs left unchanged"""
    k = np.arange(0, 601)
    k0 = k.copy()
    total = float(np.sum(_call(poisson_pmf, k, 200, what="poisson_pmf(np.arange(601), 200)")))
    expect_close(total, 1.0, rtol=1e-9, what="the sum of poisson_pmf(k, 200) over k = 0..600")
    expect_unchanged(k0, k, what="the array k")
    lgamma = np.vectorize(math.lgamma, otypes=[float])
    i = np.arange(0, 8)
    expected = float(np.sum(np.exp(i * math.log(6) - 6 - lgamma(i + 1.0))))
    expect_close(_call(poisson_cdf, 7, 6, what="poisson_cdf(7, 6)"), expected,
                 what="poisson_cdf(7, 6) with integer arguments",
                 misconceptions={CDF_STOPS_BEFORE_K: expected - math.exp(7 * math.log(6) - 6 - math.lgamma(8))})
    k = np.array([[3, 0], [-1, 9]])
    got = poisson_cdf(k, 2.5)
    expect_unchanged(np.array([[3, 0], [-1, 9]]), k, what="the array k")
    i = np.arange(10)
    running = np.cumsum(np.exp(i * math.log(2.5) - 2.5 - lgamma(i + 1.0)))
    expected = np.array([[running[3], running[0]], [0.0, running[9]]])
    what = "poisson_cdf(k, 2.5) for k of shape (2, 2), one entry negative"
    expect_true(np.shape(got) == (2, 2), f"{what} returned shape {np.shape(got)}, expected (2, 2).",
                verdict="wrong shape for a 2-D k",
                hint="the cdf works element-wise: for an array k of any shape, return an array of the same "
                     "shape (index the running sums with k itself, no ravel or flatten).")
    expect_close(got, expected, rtol=1e-9, what=what)
    # only negative k: there is no pmf value to add up at all, and the cdf is 0.0
    for k, expected, what in ((-1, 0.0, "poisson_cdf(-1, 2.5)"),
                              (np.array([-4, -1]), np.zeros(2), "poisson_cdf(np.array([-4, -1]), 2.5)")):
        try:
            got = poisson_cdf(k, 2.5)
        except (ValueError, IndexError) as exc:
            expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                        verdict=f"raised {type(exc).__name__} when every k is negative", hint=NEGATIVE_K)
        expect_close(got, expected, what=what)


@test_case(points=0.25, hidden=True)
def test_float_arrays_and_small_rates(poisson_pmf, poisson_cdf):
    """arrays in, float arrays out (integer k and integer lam); a tiny and a large rate; the cdf at k = 0"""
    lgamma = np.vectorize(math.lgamma, otypes=[float])
    k = np.arange(6)
    what = "poisson_pmf(np.arange(6), 3) with an integer rate"
    got = _call(poisson_pmf, k, 3, what=what)
    expect_array(got, what=what)
    expect_close(got, np.exp(k * math.log(3) - 3 - lgamma(k + 1.0)), rtol=1e-9, what=what)
    what = "poisson_cdf(np.arange(6), 3) with an integer rate"
    got = _call(poisson_cdf, k, 3, what=what)
    expect_array(got, what=what)
    expected = np.cumsum(np.exp(k * math.log(3) - 3 - lgamma(k + 1.0)))
    expect_close(got, expected, rtol=1e-9, what=what,
                 misconceptions={CDF_STOPS_BEFORE_K: np.concatenate([[0.0], expected[:-1]])})
    lam = 1e-8
    what = "poisson_pmf(np.array([0, 1, 2]), 1e-8)"
    expect_close(_call(poisson_pmf, np.array([0, 1, 2]), lam, what=what),
                 np.exp(np.array([0, 1, 2]) * math.log(lam) - lam - lgamma(np.array([1.0, 2.0, 3.0]))),
                 rtol=1e-9, atol=0.0, what=what)
    what = "poisson_cdf(0, 1e-8)"
    expect_close(_call(poisson_cdf, 0, lam, what=what), math.exp(-lam), rtol=1e-12, what=what,
                 misconceptions={CDF_STOPS_BEFORE_K: 0.0, CDF_SKIPS_ZERO: 0.0})
    what = "poisson_cdf(np.array([480, 500, 520]), 500.0)"
    i = np.arange(521)
    running = np.cumsum(np.exp(i * math.log(500.0) - 500.0 - lgamma(i + 1.0)))
    expect_close(_call(poisson_cdf, np.array([480, 500, 520]), 500.0, what=what),
                 running[[480, 500, 520]], rtol=1e-9, what=what)
