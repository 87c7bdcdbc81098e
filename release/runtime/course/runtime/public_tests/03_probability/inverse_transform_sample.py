"""inverse_transform_sample: the exponential quantile function, and sampling any distribution from
uniform numbers drawn with rng (graded statistically)."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.functions.distributions import (ExponentialQuantile, UniformQuantile, logistic_cdf,
                                            logistic_quantile)
from course.runtime.testing import (expect_array, expect_close, expect_raises, expect_true, expect_unchanged,
                            expect_uses_rng)

OK_FORMAT = False
name = "inverse_transform_sample"
hints = [
    "Solve u = F(x) = 1 − e^(−lam·x) for x: e^(−lam·x) = 1 − u, so x = −log(1 − u)/lam. Check the "
    "parameters first: lam > 0 and every u in [0, 1).",
    "The sampler is two lines: draw the uniforms from the generator you are given, u = rng.random(n), "
    "then push them through the function you are given, inverse_cdf(u).",
    "Return a float array of shape (n,): np.asarray(inverse_cdf(u), dtype=float). Do not call "
    "np.random.* (the global generator) and do not apply the cdf: the quantile function is what "
    "turns probabilities into values.",
]

bans = {"exponential_inverse_cdf": ["scipy"],
        "inverse_transform_sample": ["numpy.random.rand", "numpy.random.random", "numpy.random.random_sample",
                                     "numpy.random.uniform", ".exponential", ".standard_exponential",
                                     ".logistic", "scipy"]}
ban_reason = ("the exercise turns uniform numbers drawn from the rng you are given (rng.random or "
              "rng.uniform) into samples, through the quantile function: the global np.random "
              "functions, the generator's ready-made samplers (rng.exponential, rng.logistic, ...) and "
              "scipy skip exactly that step (and np.random.* is not reproducible from rng). "
              "rng.exponential and friends are fine to use from step 3, notebook 3 (inference) on.")

CDF_NOT_INVERSE = ("you applied the cdf F(u) = 1 − e^(−λu) to u; the inverse transform needs the "
                   "INVERSE cdf: solve u = 1 − e^(−λx) for x, giving x = −log(1 − u)/λ.")
RATE_AS_SCALE = ("you multiplied by lam instead of dividing: lam is the RATE, the mean waiting time "
                 "is 1/lam, so F⁻¹(u) = −log(1 − u)/lam.")
ONE_MINUS_U = ("you computed −log(u)/λ = F⁻¹(1 − u). It gives valid exponential samples (1 − U is "
               "uniform too), but it is not the inverse of F: F⁻¹(u) = −log(1 − u)/λ, which is 0 at "
               "u = 0 and grows with u.")
RETURNED_UNIFORMS = ("your samples look uniform on [0, 1): you returned the uniform numbers "
                     "themselves. Pass them through inverse_cdf and return inverse_cdf(u).")
LOG_NOT_LOG1P = ("for a tiny u, 1 − u rounds away most of the digits of u, so np.log(1 − u) loses "
                 "precision (about 4 of 16 digits are left at u = 1e-12): write −np.log1p(−u)/lam, as "
                 "the task asks.")
SORTED = ("your samples come out sorted: samples must be independent draws in the order they were "
          "drawn. Sorting them (or sorting the uniforms) makes each value depend on all the others; "
          "return inverse_cdf(u) as it is.")
ALL_EQUAL = ("all your samples are equal: draw n uniform numbers at once (u = rng.random(n)), not "
             "one number repeated n times.")


def _samples(sampler, inverse_cdf, n, seed, what):
    """Call the learner's sampler with a fresh generator; check type, shape and finiteness."""
    got = sampler(inverse_cdf, n, rng=np.random.default_rng(seed))
    expect_true(got is not None, f"{what} returned None — did you forget a `return` statement?",
                verdict="returned None")
    x = np.asarray(got, dtype=float)
    expect_true(x.shape == (n,), f"{what} returned shape {x.shape}; expected ({n},).",
                verdict=f"wrong shape {x.shape}")
    expect_true(bool(np.all(np.isfinite(x))), f"{what} contains nan or inf.",
                verdict="nan or inf among the samples")
    return x


def _ks(x, cdf):
    """Largest gap between the empirical cdf of the sample x and the cdf."""
    x = np.sort(x)
    n = x.size
    F = np.asarray(cdf(x), dtype=float)
    return float(max(np.max(np.arange(1, n + 1) / n - F), np.max(F - np.arange(n) / n)))


def _check_distribution(x, cdf, mean, var, kurtosis, what):
    """Mean within 5 standard errors, variance within 6, and the KS distance below 2.8/√n
    (each fails for a correct sampler with probability below 1e-6)."""
    n = x.size
    expect_true(np.ptp(x) > 0, f"{what}: all {n} samples equal {x[0]:.6g}.",
                verdict="all samples are equal", hint=ALL_EQUAL)
    looks_uniform = bool(np.all((x >= 0) & (x < 1))) and _ks(x, lambda t: t) <= 2.8 / math.sqrt(n)
    expect_true(not looks_uniform or _ks(x, cdf) <= 2.8 / math.sqrt(n),
                f"{what}: the samples are uniform on [0, 1), not from the target distribution.",
                verdict="the samples look uniform on [0, 1)", hint=RETURNED_UNIFORMS)
    se_mean = math.sqrt(var / n)
    m = float(np.mean(x))
    expect_true(abs(m - mean) <= 5 * se_mean,
                f"{what}: the sample mean is {m:.4g}; the distribution's mean is {mean:.4g} and with "
                f"n = {n} the sample mean should be within {5 * se_mean:.3g} of it.",
                verdict=f"the sample mean {m:.4g} is too far from the true mean")
    se_var = var * math.sqrt((kurtosis - 1) / n)
    v = float(np.var(x, ddof=1))
    expect_true(abs(v - var) <= 6 * se_var,
                f"{what}: the sample variance is {v:.4g}; the distribution's variance is {var:.4g} and "
                f"with n = {n} the sample variance should be within {6 * se_var:.3g} of it.",
                verdict=f"the sample variance {v:.4g} is too far from the true variance")
    d = _ks(x, cdf)
    expect_true(d <= 2.8 / math.sqrt(n),
                f"{what}: the empirical cdf of your samples is {d:.3g} away from the true cdf at its "
                f"worst point; for n = {n} correct samples stay below {2.8 / math.sqrt(n):.3g}.",
                verdict=f"the empirical cdf is {d:.3g} away from the true cdf")


@test_case(points=0.5, hidden=False)
def test_exponential_quantile(exponential_inverse_cdf):
    """exponential_inverse_cdf(0.5, 2) = log(2)/2 ≈ 0.346574, and exponential_inverse_cdf([0, 0.25, 0.75, 0.9], 1) = [0, −log 0.75, log 4, log 10]"""
    expect_close(exponential_inverse_cdf(0.5, 2.0), math.log(2) / 2,
                 what="exponential_inverse_cdf(0.5, 2)",
                 misconceptions={CDF_NOT_INVERSE: 1 - math.exp(-1.0), RATE_AS_SCALE: 2 * math.log(2)})
    u = np.array([0.0, 0.25, 0.75, 0.9])
    expect_close(exponential_inverse_cdf(u.copy(), 1.0),
                 np.array([0.0, -math.log(0.75), math.log(4), math.log(10)]),
                 rtol=1e-9, atol=1e-12, what="exponential_inverse_cdf(np.array([0, 0.25, 0.75, 0.9]), 1)",
                 misconceptions={CDF_NOT_INVERSE: 1 - np.exp(-u),
                                 ONE_MINUS_U: np.array([np.inf, math.log(4), -math.log(0.75), -math.log(0.9)])})


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(exponential_inverse_cdf):
    """lam = 0 or −1 raises ValueError, and so does any u outside [0, 1): u = 1, u = −0.1, u = [0.2, 1.5]"""
    expect_raises(ValueError, exponential_inverse_cdf, 0.5, 0.0, what="exponential_inverse_cdf(0.5, 0)")
    expect_raises(ValueError, exponential_inverse_cdf, 0.5, -1.0, what="exponential_inverse_cdf(0.5, -1)")
    expect_raises(ValueError, exponential_inverse_cdf, 1.0, 2.0, what="exponential_inverse_cdf(1, 2)")
    expect_raises(ValueError, exponential_inverse_cdf, -0.1, 2.0, what="exponential_inverse_cdf(-0.1, 2)")
    expect_raises(ValueError, exponential_inverse_cdf, np.array([0.2, 1.5]), 2.0,
                  what="exponential_inverse_cdf(np.array([0.2, 1.5]), 2)")


@test_case(points=0.5, hidden=False)
def test_exponential_samples(inverse_transform_sample):
    """inverse_transform_sample(ExponentialQuantile(2.0), 4000, rng=np.random.default_rng(0)): shape (4000,), mean ≈ 0.5, variance ≈ 0.25, empirical cdf close to 1 − e^(−2x)"""
    what = "inverse_transform_sample(ExponentialQuantile(2.0), 4000, rng=np.random.default_rng(0))"
    x = _samples(inverse_transform_sample, ExponentialQuantile(2.0), 4000, 0, what)
    expect_true(bool(np.all(x >= 0)), f"{what} contains negative values; exponential samples are ≥ 0.",
                verdict="negative samples")
    _check_distribution(x, lambda t: -np.expm1(-2.0 * t), 0.5, 0.25, 9.0, what)


@test_case(points=0.25, hidden=False)
def test_small_sizes(inverse_transform_sample):
    """inverse_transform_sample(logistic_quantile, n, rng=np.random.default_rng(1)) for n = 1 and n = 10 returns float arrays of shape (n,)"""
    for n in (1, 10):
        _samples(inverse_transform_sample, logistic_quantile, n, 1,
                 f"inverse_transform_sample(logistic_quantile, {n}, rng=np.random.default_rng(1))")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 5
HIDDEN_POINTS = 1.5
