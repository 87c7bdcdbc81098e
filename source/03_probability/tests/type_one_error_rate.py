"""type_one_error_rate: simulate data sets where H0 is true, run your t test, and check that it rejects
a fraction alpha of them with uniformly distributed p-values (graded statistically)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.inference import normal_ppf, t_cdf, t_ppf
from course.runtime.testing import (expect_array, expect_finite, expect_raises, expect_true, expect_tuple,
                            expect_uses_rng)

OK_FORMAT = False
name = "type_one_error_rate"
hints = [
    "data = rng.standard_normal((n_sims, n)) gives all data sets at once, one per row; H0 "
    "(mean 0) is true for every row.",
    "p_values = np.array([one_sample_t_test(row, 0.0)[2] for row in data]): the third value your "
    "test returns is the p-value.",
    "rate = float(np.mean(p_values < alpha)), a fraction between 0 and 1, not a count. Return "
    "(rate, p_values).",
]

bans = {"type_one_error_rate": ["scipy"]}
ban_reason = ("run your own one_sample_t_test on each simulated data set (t_cdf is the tool for its "
              "p-value); scipy.stats.ttest_1samp is for applied work after the course.")

ONE_SIDED = ("none of your p-values is above 0.5, but under H0 half of them should be: they are "
             "one-sided. A two-sided p-value is 2 · t_cdf(−|t|, df); fix one_sample_t_test.")
ABOVE_ONE = ("some of your p-values exceed 1, so they are not probabilities: a two-sided p-value is "
             "2 · t_cdf(−|t|, df), which is at most 1.")
TOO_LARGE = ("your p-values are too large: under H0 half of them should be below 0.5, and far fewer "
             "of yours are. Did you double a p-value that was already two-sided?")
Z_FOR_T = ("your test rejects a true H0 about as often as a test using the NORMAL distribution "
           "would, far more often than alpha: for small samples the t statistic follows Student's "
           "t with n − 1 degrees of freedom. Use t_cdf in one_sample_t_test.")
DDOF0 = ("your test rejects a true H0 too often, by as much as a t statistic whose standard deviation "
         "divides by n (ddof=0) would: the standard error uses the sample standard deviation with "
         "ddof=1, s / √n. Fix one_sample_t_test (or your own t statistic).")
SIGNED_ONE_SIDED = ("on the very draws rng gives, your p-values are one-sided, P(T ≤ t) or P(T ≥ t) for the "
                    "signed t: under H0 they are uniform too, which hides the mistake in the rate. The "
                    "test asked for is two-sided, p = 2 · t_cdf(−|t|, df), as your one_sample_t_test "
                    "returns it.")
SHORT_SAMPLES = ("on the very draws rng gives, your p-values are those of data sets with a different "
                 "number of values than n: each simulated data set must hold exactly n values (for "
                 "instance the rows of rng.standard_normal((n_sims, n))).")
COUNT = "rate must be the FRACTION of p-values below alpha (between 0 and 1), not their number."
RATE_MISMATCH = "rate must be the fraction of YOUR p_values that are strictly below alpha."
NOT_NULL = ("your simulated data sets do not satisfy H0, or your t test is off: the test rejects "
            "far more or fewer than a fraction alpha of them. Draw each data set from the standard "
            "normal (mean 0) and test H0: mean = 0.")


def _check_null_simulation(got, n, alpha, n_sims, what):
    rate, p_values = expect_tuple(got, 2, what=what, names="rate, p_values")
    expect_array(p_values, what=f"p_values from {what}")
    p_values = np.asarray(p_values)
    expect_true(p_values.shape == (n_sims,) and p_values.dtype.kind in "fi",
                f"p_values from {what} should be a numeric array of shape ({n_sims},); it has shape "
                f"{p_values.shape}.", verdict=f"p_values has shape {p_values.shape}, not (n_sims,)")
    p_values = p_values.astype(float)
    expect_finite(p_values, what=f"p_values from {what}")
    expect_true(np.ndim(rate) == 0 and np.isreal(rate), f"rate from {what} should be a single number; "
                f"it is {rate!r}.", verdict="rate is not a single number")
    expect_true(isinstance(rate, (float, np.floating)), f"rate from {what} should be a float; it is "
                f"{type(rate).__name__}.", verdict="rate is not a float",
                hint="return float(np.mean(p_values < alpha)), p_values.")
    rate = float(rate)
    rejected = int(np.sum(p_values < alpha))
    if abs(rate - rejected / n_sims) > 1e-12 and abs(rate - np.mean(p_values <= alpha)) > 1e-12:
        hint = COUNT if abs(rate - rejected) < 1e-9 and rejected > 1 else RATE_MISMATCH
        expect_true(False, f"rate = {rate:.6g} from {what}, but {rejected} of its {n_sims} p-values "
                    f"are below alpha = {alpha:g}.", verdict="rate does not match p_values", hint=hint)
    expect_true(np.all(p_values <= 1.0 + 1e-12), f"{np.sum(p_values > 1)} p-values from {what} exceed 1.",
                verdict="some p-values exceed 1", hint=ABOVE_ONE)
    expect_true(np.all(p_values >= 0.0), f"{np.sum(p_values < 0)} p-values from {what} are negative.",
                verdict="some p-values are negative")
    # under H0 the p-values are uniform: the fraction below 0.5 and the rejection rate are binomial
    below_half = float(np.mean(p_values < 0.5))
    tol_half = 5 * np.sqrt(0.25 / n_sims) + 1 / n_sims
    if np.max(p_values) <= 0.5:   # halved two-sided p-values are uniform on [0, 1/2]
        halved = abs(float(np.mean(p_values < 0.25)) - 0.5) <= tol_half
        expect_true(False, f"all p-values from {what} are at most {np.max(p_values):.3g}.",
                    verdict="no p-value exceeds 0.5", hint=ONE_SIDED if halved else NOT_NULL)
    expect_true(below_half >= 0.5 - tol_half, f"only {below_half:.3f} of the p-values from {what} are "
                f"below 0.5; under H0 it should be 0.5 ± {tol_half:.3f}.",
                verdict="far fewer p-values below 0.5 than under H0", hint=TOO_LARGE)
    tol = 5 * np.sqrt(alpha * (1 - alpha) / n_sims) + 1 / n_sims
    if abs(rate - alpha) > tol or below_half > 0.5 + tol_half:
        # the rejection rate of a test that uses the normal critical value on the t statistic
        z_rate = 2 * t_cdf(-normal_ppf(1 - alpha / 2), n - 1)
        z_below_half = 2 * t_cdf(-normal_ppf(0.75), n - 1)
        looks_like_z = (abs(rate - z_rate) <= tol and z_rate - alpha > tol / 2
                        and abs(below_half - z_below_half) <= tol_half)
        # ... and of a t test whose standard deviation divides by n: |t| too large by √(n / (n − 1))
        shrink = np.sqrt((n - 1) / n)
        ddof0_rate = 2 * t_cdf(-t_ppf(1 - alpha / 2, n - 1) * shrink, n - 1)
        ddof0_below_half = 2 * t_cdf(-t_ppf(0.75, n - 1) * shrink, n - 1)
        looks_like_ddof0 = (abs(rate - ddof0_rate) <= tol and abs(below_half - ddof0_below_half) <= tol_half)
        hint = Z_FOR_T if looks_like_z else (DDOF0 if looks_like_ddof0 else NOT_NULL)
        expect_true(False, f"rate = {rate:.4f} from {what}; a test at level {alpha:g} should reject a "
                    f"true H0 with probability {alpha:g} (± {tol:.3f} over {n_sims} simulations), and "
                    f"{below_half:.3f} of the p-values are below 0.5 (expected 0.5 ± {tol_half:.3f}).",
                    verdict="the rejection rate under H0 is not alpha, beyond random variation",
                    hint=hint)
    # the mean of uniform p-values is 1/2 (standard deviation 1/√12 for one p-value)
    mean_p = float(np.mean(p_values))
    tol_mean = 5 * np.sqrt(1 / 12 / n_sims) + 1 / n_sims
    if abs(mean_p - 0.5) > tol_mean:
        u = (np.arange(400) + 0.5) / 400          # E[p] of a ddof=0 test, by the quantile transform
        ddof0_mean = float(np.mean(2 * t_cdf(-np.sqrt((n - 1) / n) * t_ppf(1 - u / 2, n - 1), n - 1)))
        expect_true(False, f"the p-values from {what} average {mean_p:.4f}; under H0 they are uniform, "
                    f"with mean 0.5 ± {tol_mean:.4f} over {n_sims} simulations.",
                    verdict="the p-values under H0 do not average 1/2",
                    hint=DDOF0 if abs(mean_p - ddof0_mean) <= tol_mean else None)
    # Kolmogorov–Smirnov distance to the uniform distribution; exceeded with probability < 1e-6
    u = np.sort(p_values)
    k = np.arange(1, n_sims + 1)
    distance = float(max(np.max(k / n_sims - u), np.max(u - (k - 1) / n_sims)))
    limit = np.sqrt(np.log(2 / 1e-6) / (2 * n_sims))
    expect_true(distance <= limit, f"the p-values from {what} are not uniform on [0, 1]: their largest "
                f"distance from the uniform cdf is {distance:.3f} (limit {limit:.3f}).",
                verdict="the p-values under H0 are not uniform")


def _check_paired(got, n, alpha, n_sims, seed, what):
    """Most answers draw the data sets as the rows of rng.standard_normal((n_sims, n)) (or one row
    at a time, the same stream). On those draws the p-values are known exactly; an answer that
    matches a known mistake on them fails, one that draws in another order is left to the
    statistical checks."""
    rate, p_values = expect_tuple(got, 2, what=what, names="rate, p_values")
    p = np.asarray(p_values, dtype=float) if isinstance(p_values, np.ndarray) else None
    if p is None or p.shape != (n_sims,):
        return

    def t_stats(m):
        data = np.random.default_rng(seed).standard_normal((n_sims, m))
        return data.mean(axis=1) / (data.std(axis=1, ddof=1) / np.sqrt(m))

    t = t_stats(n)
    two_sided = 2 * t_cdf(-np.abs(t), n - 1)
    if np.allclose(p, two_sided, rtol=1e-8, atol=1e-12):
        return
    for wrong, hint in ((t_cdf(-t, n - 1), SIGNED_ONE_SIDED), (t_cdf(t, n - 1), SIGNED_ONE_SIDED),
                        (2 * t_cdf(-np.abs(t_stats(n - 1)), n - 2), SHORT_SAMPLES),
                        (2 * t_cdf(-np.abs(t_stats(n + 1)), n), SHORT_SAMPLES)):
        expect_true(not np.allclose(p, wrong, rtol=1e-8, atol=1e-12),
                    f"the p-values from {what} match a known mistake.",
                    verdict="the p-values match a known mistake", hint=hint)


@test_case(points=1.5, hidden=False)
def test_small_samples(type_one_error_rate):
    """type_one_error_rate(3, 0.05, 300, rng): rate within 0.05 ± 0.066 and uniform p-values"""
    got = type_one_error_rate(3, 0.05, 300, rng=np.random.default_rng(3361))
    _check_null_simulation(got, 3, 0.05, 300, "type_one_error_rate(3, 0.05, 300, rng)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(type_one_error_rate):
    """n = 1, alpha = 1.5 and n_sims = 0 raise ValueError"""
    rng = np.random.default_rng(3362)
    expect_raises(ValueError, type_one_error_rate, 1, 0.05, 10, rng, what="type_one_error_rate(1, 0.05, 10, rng)")
    expect_raises(ValueError, type_one_error_rate, 5, 1.5, 10, rng, what="type_one_error_rate(5, 1.5, 10, rng)")
    expect_raises(ValueError, type_one_error_rate, 5, 0.05, 0, rng, what="type_one_error_rate(5, 0.05, 0, rng)")


@test_case(points=0.75, hidden=True)
def test_other_size_and_level(type_one_error_rate):
    """samples of 10 at level 0.2, two-sided p-values of data sets of n values; every draw comes from rng"""
    got = type_one_error_rate(10, 0.2, 200, rng=np.random.default_rng(3363))
    _check_null_simulation(got, 10, 0.2, 200, "type_one_error_rate(10, 0.2, 200, rng)")
    got = type_one_error_rate(4, 0.1, 40, rng=np.random.default_rng(3365))
    _check_paired(got, 4, 0.1, 40, 3365, "type_one_error_rate(4, 0.1, 40, rng)")
    expect_uses_rng(type_one_error_rate, 4, 0.1, 15, what="type_one_error_rate(4, 0.1, 15, rng)")


@test_case(points=0.5, hidden=True)
def test_two_values_per_sample(type_one_error_rate):
    """samples of only 2 values (1 degree of freedom) at level 0.5, 1000 simulations: enough to tell ddof=1 from ddof=0"""
    got = type_one_error_rate(2, 0.5, 1000, rng=np.random.default_rng(3364))
    _check_null_simulation(got, 2, 0.5, 1000, "type_one_error_rate(2, 0.5, 1000, rng)")
