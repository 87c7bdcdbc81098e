"""monte_carlo_expectation: the empirical mean of f over n draws and its standard error s / √n."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.functions.backprop import (Affine, Exp, ExponentialSampler, Indicator, NormalSampler,
                                       Power, Sin, Tanh, UniformSampler)
from course.runtime.testing import expect_raises, expect_true, expect_tuple, expect_uses_rng

OK_FORMAT = False
name = "monte_carlo_expectation"
hints = [
    "Draw once: x = sampler(n, rng). Then values = f(x) is an array of n numbers whose mean estimates "
    "E[f(X)].",
    "The standard error is the sample standard deviation of the values (ddof=1) divided by √n.",
    "Check n first (ValueError when n < 2); return float(values.mean()), "
    "float(values.std(ddof=1) / np.sqrt(n)).",
]
bans = {"monte_carlo_expectation": ["scipy"]}
ban_reason = ("compute the mean and the standard error s/√n (with ddof = 1) yourself with NumPy; "
              "scipy.stats.sem is the tool to use from step 3 on, once you have written it.")

NO_DIVIDE = ("the estimate is about n times the expectation: you summed f over the sample without "
             "dividing by n. The estimate is the MEAN (1/n) Σ f(xᵢ).")
SE_NO_ROOT_N = ("the standard error is about √n times too large: you returned the sample standard "
                "deviation s of f(X). The standard error of the mean is s / √n.")
SE_OVER_N = ("the standard error is about √n times too small: divide the standard deviation s by √n, "
             "not by n.")
SE_VARIANCE = ("you returned a variance (s² / n); the standard error is its square root, s / √n.")
DDOF0 = ("on the same draws your standard error is √((n − 1)/n) times the right one: s² divides by "
         "n − 1 (ddof=1, the unbiased estimate), not by n (np.std's default ddof=0).")
CANCELLATION = ("your standard error is wrong for values of size 1e8 with spread 1: computing the "
                "variance as mean(f²) − mean(f)² cancels catastrophically. Use the deviations from "
                "the mean, np.std(values, ddof=1) or Σ(f(xᵢ) − μ̂)² / (n − 1).")
SAME_DRAWS = ("your standard error does not belong to the sample your estimate comes from: draw "
              "exactly once, values = f(sampler(n, rng)), and compute both numbers from those n "
              "values (s with ddof=1).")
F_OF_MEAN = ("the estimate looks like f evaluated at the mean of the samples, f((1/n) Σ xᵢ). The "
             "expectation of f(X) is the mean of the VALUES, (1/n) Σ f(xᵢ); f(E[X]) differs from "
             "E[f(X)] unless f is linear.")


def _check(got, mean, sd, n, what, se_tolerance, f_of_mean=None):
    """Statistical check: the estimate within 5 standard errors of the truth, the standard error
    within se_tolerance (relative) of sd / √n; the known mistakes are named."""
    estimate, se = expect_tuple(got, 2, what=what, names="estimate, standard_error")
    for label, value in (("estimate", estimate), ("standard error", se)):
        expect_true(np.ndim(value) == 0 and isinstance(value, (int, float, np.integer, np.floating))
                    and not isinstance(value, (bool, np.bool_)) and math.isfinite(value),
                    f"the {label} from {what} should be a finite number; got {value!r}.",
                    verdict=f"the {label} is not a finite number", hint=None)
    true_se = sd / math.sqrt(n)
    if abs(estimate - mean) > 5 * true_se:
        hint = None
        if abs(estimate - n * mean) <= 5 * true_se * n:
            hint = NO_DIVIDE
        elif f_of_mean is not None and abs(estimate - f_of_mean) <= 5 * true_se:
            hint = F_OF_MEAN
        expect_true(False, f"the estimate from {what} is {estimate:.6g}; the expectation is "
                    f"{mean:.6g}, and with n = {n} draws an error beyond ±{5 * true_se:.3g} (5 standard "
                    "errors) is practically impossible.", verdict="the estimate is too far from the truth",
                    hint=hint)
    ratio = se / true_se
    if abs(ratio - 1) > se_tolerance:
        hint = None
        for factor, text in ((math.sqrt(n), SE_NO_ROOT_N), (1 / math.sqrt(n), SE_OVER_N),
                             (true_se, SE_VARIANCE)):
            if abs(ratio / factor - 1) <= max(0.25, se_tolerance):
                hint = text
                break
        expect_true(False, f"the standard error from {what} is {se:.4g}; with n = {n} draws of a "
                    f"quantity with standard deviation {sd:.4g} it should be about {true_se:.4g} "
                    f"(σ / √n, within {se_tolerance:.0%}).", verdict="wrong standard error", hint=hint)


@test_case(points=1, hidden=False)
def test_second_moment_of_a_standard_normal(monte_carlo_expectation):
    """E[X²] = 1 for X ~ N(0, 1) with n = 10000: estimate within 5 standard errors, SE ≈ √2 / 100"""
    rng = np.random.default_rng(2461)
    got = monte_carlo_expectation(Power(2.0), NormalSampler(0.0, 1.0), 10000, rng=rng)
    # Var[X²] = 2 and the kurtosis of X² is 15: s / √n is within 15% of √2/100 at >6 sigma
    _check(got, 1.0, math.sqrt(2.0), 10000,
           "monte_carlo_expectation(Power(2), NormalSampler(0, 1), 10000, rng)", 0.15, f_of_mean=0.0)


@test_case(points=0.75, hidden=False)
def test_probability_as_an_expectation(monte_carlo_expectation):
    """P(X > 1) = E[1{X > 1}] ≈ 0.1587 for X ~ N(0, 1) with n = 20000"""
    rng = np.random.default_rng(2462)
    p = 0.15865525393145707
    got = monte_carlo_expectation(Indicator(1.0), NormalSampler(0.0, 1.0), 20000, rng=rng)
    _check(got, p, math.sqrt(p * (1 - p)), 20000,
           "monte_carlo_expectation(Indicator(1), NormalSampler(0, 1), 20000, rng)", 0.06, f_of_mean=0.0)


@test_case(points=0.25, hidden=False)
def test_too_few_samples(monte_carlo_expectation):
    """n = 1 and n = 0 raise ValueError"""
    for n in (1, 0):
        expect_raises(ValueError,
                      lambda: monte_carlo_expectation(Power(2.0), NormalSampler(), n,
                                                      rng=np.random.default_rng(2463)),
                      what=f"monte_carlo_expectation(Power(2), NormalSampler(0, 1), {n}, rng)")


@test_case(points=0.25, hidden=True)
def test_other_distributions(monte_carlo_expectation):
    """uniform, exponential and shifted normal distributions with exp, sin, tanh and x², n from 3000 to 50000"""
    rng = np.random.default_rng(2464)
    cases = [   # f, sampler, n, E[f(X)], sd of f(X), SE tolerance from its kurtosis
        (Exp(), UniformSampler(0.0, 1.0), 5000, math.e - 1, math.sqrt(0.24203560745276542), 0.08),
        (Sin(1.0), ExponentialSampler(1.0), 8000, 0.5, math.sqrt(0.15), 0.08),
        (Tanh(), NormalSampler(0.5, 1.0), 3000, 0.2954528770517375, math.sqrt(0.35071464997836116), 0.1),
        (Power(2.0), NormalSampler(1.0, 2.0), 50000, 5.0, math.sqrt(48.0), 0.1),
    ]
    for f, sampler, n, mean, sd, tolerance in cases:
        _check(monte_carlo_expectation(f, sampler, n, rng=rng), mean, sd, n,
               f"monte_carlo_expectation with {n} draws from another distribution", tolerance)


@test_case(points=0.5, hidden=True)
def test_small_samples(monte_carlo_expectation):
    """n = 2, 5 and a NumPy integer n: finite results, a positive standard error, exactness for a constant f"""
    rng = np.random.default_rng(2465)
    for n in (2, 5, np.int64(40)):
        got = expect_tuple(monte_carlo_expectation(Power(2.0), UniformSampler(1.0, 2.0), n, rng=rng), 2,
                           what=f"monte_carlo_expectation(x², Uniform(1, 2), {n}, rng)",
                           names="estimate, standard_error")
        estimate, se = (float(v) for v in got)
        expect_true(1.0 <= estimate <= 4.0 and 0.0 < se < 3.0,
                    f"with n = {n} draws of x² for x in [1, 2] the estimate must lie in [1, 4] and the "
                    f"standard error be positive; got ({estimate:.4g}, {se:.4g}).",
                    verdict=f"impossible result for n = {n}")
    got = expect_tuple(monte_carlo_expectation(Power(0.0), NormalSampler(), 100, rng=rng), 2,
                       what="monte_carlo_expectation(x⁰, N(0, 1), 100, rng)")
    expect_true(abs(float(got[0]) - 1.0) < 1e-12 and abs(float(got[1])) < 1e-12,
                f"a constant f = 1 must give the estimate 1 and the standard error 0; got {got!r}.",
                verdict="a constant function did not give (1, 0)")


@test_case(points=0.25, hidden=True)
def test_same_draws_as_the_reference(monte_carlo_expectation):
    """draws only from rng (same seed, same result; another seed, another result); on one sample the
    standard error is s/√n with ddof = 1, exactly, also for values of size 1e8 and a constant 0.1"""
    expect_uses_rng(monte_carlo_expectation, Power(2.0), NormalSampler(0.0, 1.0), 50,
                    what="monte_carlo_expectation(Power(2), NormalSampler(0, 1), 50, rng)")
    # the same seed gives the same draws, so calls with f(x) = x, x² and x + 1e8 see one sample:
    # the standard error of x must follow from the estimates of E[x] and E[x²] on it
    for sampler, n, seed in ((NormalSampler(0.0, 1.0), 10, 2466), (ExponentialSampler(2.0), 25, 2468)):
        calls = {}
        for label, f in (("x", Affine(1.0, 0.0)), ("x²", Power(2.0)), ("x + 1e8", Affine(1.0, 1e8))):
            what = f"monte_carlo_expectation(f(x) = {label}, {sampler!r}, {n}, rng) with a seeded rng"
            got = expect_tuple(monte_carlo_expectation(f, sampler, n, rng=np.random.default_rng(seed)),
                               2, what=what, names="estimate, standard_error")
            calls[label] = tuple(float(v) for v in got)
        (m1, se1), (m2, _), (m3, se3) = calls["x"], calls["x²"], calls["x + 1e8"]
        se = math.sqrt(max(m2 - m1 * m1, 0.0) * n / (n - 1) / n)
        what = f"monte_carlo_expectation(f(x) = x, {sampler!r}, {n}, rng)"
        if not abs(se1 - se) <= 1e-8 * se:
            hint = DDOF0 if abs(se1 - se * math.sqrt((n - 1) / n)) <= 1e-8 * se else SAME_DRAWS
            expect_true(False, f"the standard error from {what} is {se1!r}; from your own estimates "
                        f"of E[x] and E[x²] on the same draws it should be {se!r}.",
                        verdict="the standard error does not fit the estimates on the same draws",
                        hint=hint)
        expect_true(abs(m3 - (m1 + 1e8)) <= 1e-6 and abs(se3 - se1) <= 1e-6 * se1,
                    f"with f(x) = x + 1e8 on the same draws {what} gives ({m3!r}, {se3!r}); shifting "
                    f"f by 1e8 must shift the estimate by 1e8 and keep the standard error {se1!r}.",
                    verdict="wrong result for values of size 1e8", hint=CANCELLATION)
    what = "monte_carlo_expectation(Affine(0, 0.1), NormalSampler(0, 1), 30, rng)"
    got = expect_tuple(monte_carlo_expectation(Affine(0.0, 0.1), NormalSampler(), 30,
                                               rng=np.random.default_rng(2467)), 2, what=what)
    expect_true(abs(float(got[0]) - 0.1) < 1e-15 and 0.0 <= float(got[1]) < 1e-15,
                f"{what} should give (0.1, 0) up to rounding; got {got!r}.",
                verdict="a constant 0.1 did not give (0.1, 0) up to rounding", hint=CANCELLATION)
