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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.25
