"""clt_standardised_means: means of n draws by inverse transform, standardised with the true mean
and variance, repeated reps times (graded statistically: mean ≈ 0, variance ≈ 1)."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.functions.distributions import (ExponentialQuantile, UniformQuantile,
                                            logistic_quantile)
from course.runtime.testing import expect_array, expect_close, expect_true, expect_uses_rng

OK_FORMAT = False
name = "clt_standardised_means"
hints = [
    "One row per repetition: u = rng.random((reps, n)) holds all the uniforms, inverse_cdf(u) turns "
    "them into draws, and .mean(axis=1) gives the reps sample means.",
    "The sample mean of n draws has mean mu and variance sigma2 / n, so its standard deviation "
    "(the standard error) is np.sqrt(sigma2 / n). sigma2 is a variance: take its square root once.",
    "Return (means - mu) / np.sqrt(sigma2 / n), using the mu and sigma2 you were given, not the "
    "mean or spread of your simulated means.",
]

NO_SQRT_N = ("the variance of your standardised means is about 1/n: you divided by σ, the spread "
             "of ONE draw. The mean of n draws has standard deviation σ/√n = √(sigma2/n); divide by "
             "that.")
SIGMA2_AS_SD = ("the variance of your standardised means is about 1/sigma2: you used sigma2 as if "
                "it were the standard deviation σ. sigma2 is the VARIANCE, so the standard error is "
                "√(sigma2/n).")
SD_AS_VARIANCE = ("the variance of your standardised means is about σ = √sigma2: you took one "
                  "square root too many. sigma2 is already the variance σ², so the standard error "
                  "is √(sigma2/n), not √(√sigma2/n).")
NO_SQRT = ("the variance of your standardised means is about n/sigma2: you divided by the VARIANCE "
           "of the mean, sigma2/n, instead of its standard deviation √(sigma2/n).")
NO_MU = ("your standardised means are centred far from 0: subtract the true mean mu from each "
         "sample mean before dividing.")
ALL_EQUAL = ("all your values are equal: every repetition must draw n fresh uniform numbers (draw a "
             "(reps, n) array at once), not reuse one sample.")
EMPIRICAL_CENTRE = ("the average of your values is exactly 0: you centred with the average of your "
                    "simulated means. Use the true mu passed as an argument; the simulation is meant "
                    "to CHECK that the means centre on mu, which subtracting their own average hides.")
N_MINUS_1 = ("you divided by √(sigma2/(n − 1)); the mean of n independent draws has variance "
             "sigma2/n exactly (no Bessel correction: sigma2 is the TRUE variance, not an estimate), so "
             "the standard error is √(sigma2/n).")
ROW_SPREAD = ("you standardised each mean with the spread of its own n draws (a t-statistic); the task "
              "asks for the TRUE variance sigma2 from the arguments: (mean − mu)/√(sigma2/n).")
EMPIRICAL_SCALE = ("the variance of your values is exactly 1: you divided by the spread of your "
                   "simulated means. Use the true standard error √(sigma2/n) from the arguments.")


def _call(clt_standardised_means, inverse_cdf, mu, sigma2, n, reps, seed, what):
    got = clt_standardised_means(inverse_cdf, mu, sigma2, n, reps, rng=np.random.default_rng(seed))
    expect_true(got is not None, f"{what} returned None — did you forget a `return` statement?",
                verdict="returned None")
    z = np.asarray(got, dtype=float)
    expect_true(z.shape == (reps,), f"{what} returned shape {z.shape}; expected ({reps},), one "
                "standardised mean per repetition.", verdict=f"wrong shape {z.shape}",
                hint=("average along axis=1 of a (reps, n) array of draws."
                      if z.shape in ((n,), (reps, n), (n, reps)) and n != reps else None))
    expect_true(bool(np.all(np.isfinite(z))), f"{what} contains nan or inf.",
                verdict="nan or inf in the result")
    return z


def _check_moments(z, sigma2, n, excess_kurtosis, what, mean_if_no_mu=None):
    """Mean within 5 standard errors of 0 and variance within 6 of 1 (each fails for a correct
    answer with probability below 1e-6); a miss close to a known mistake names that mistake."""
    reps = z.size
    m, v = float(np.mean(z)), float(np.var(z, ddof=1))
    expect_true(reps < 2 or np.ptp(z) > 0, f"{what}: all {reps} values are equal.",
                verdict="all values are equal", hint=ALL_EQUAL)
    expect_true(abs(m) > 1e-10, f"{what}: the values average to exactly {m:.3g}.",
                verdict="the values average to exactly 0", hint=EMPIRICAL_CENTRE)
    expect_true(min(abs(v - 1), abs(float(np.var(z)) - 1)) > 1e-10,
                f"{what}: the values have variance exactly 1.", verdict="the variance is exactly 1",
                hint=EMPIRICAL_SCALE)
    tol_mean = 5 / math.sqrt(reps)
    hint = None
    if mean_if_no_mu is not None and abs(m - mean_if_no_mu) < 0.2 * abs(mean_if_no_mu) + tol_mean:
        hint = NO_MU
    expect_true(abs(m) <= tol_mean,
                f"{what}: the standardised means average {m:.4g}; they should average 0 (within "
                f"{tol_mean:.3g} for {reps} repetitions).",
                verdict=f"the values average {m:.4g}, not about 0", hint=hint)
    se_var = math.sqrt((2 + excess_kurtosis / n) / reps)
    tol_var = 6 * se_var
    sd = math.sqrt(sigma2)
    wrong = [(1 / n, NO_SQRT_N), (1 / sigma2, SIGMA2_AS_SD), (sd, SD_AS_VARIANCE), (n / sigma2, NO_SQRT)]
    hint = None
    for value, sentence in wrong:
        if abs(value - 1) > 2 * tol_var and abs(v - value) <= 6 * se_var * value:
            hint = sentence
            break
    expect_true(abs(v - 1) <= tol_var,
                f"{what}: the standardised means have variance {v:.4g}; it should be 1 (within "
                f"{tol_var:.3g} for {reps} repetitions).",
                verdict=f"the values have variance {v:.4g}, not about 1", hint=hint)


@test_case(points=0.75, hidden=False)
def test_logistic_means(clt_standardised_means):
    """clt_standardised_means(logistic_quantile, 0.0, np.pi**2 / 3, 10, 4000, rng=np.random.default_rng(0)): shape (4000,), mean ≈ 0, variance ≈ 1"""
    what = "clt_standardised_means(logistic_quantile, 0.0, np.pi**2 / 3, 10, 4000, rng=np.random.default_rng(0))"
    sigma2 = math.pi ** 2 / 3
    z = _call(clt_standardised_means, logistic_quantile, 0.0, sigma2, 10, 4000, 0, what)
    _check_moments(z, sigma2, 10, 1.2, what)


@test_case(points=0.75, hidden=False)
def test_exponential_means(clt_standardised_means):
    """clt_standardised_means(ExponentialQuantile(2.0), 0.5, 0.25, 50, 2000, rng=np.random.default_rng(1)): mean ≈ 0, variance ≈ 1 (rate 2: μ = 0.5, σ² = 0.25)"""
    what = "clt_standardised_means(ExponentialQuantile(2.0), 0.5, 0.25, 50, 2000, rng=np.random.default_rng(1))"
    z = _call(clt_standardised_means, ExponentialQuantile(2.0), 0.5, 0.25, 50, 2000, 1, what)
    _check_moments(z, 0.25, 50, 6.0, what, mean_if_no_mu=0.5 / math.sqrt(0.25 / 50))


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
