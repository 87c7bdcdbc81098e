"""mle_estimates: maximum-likelihood estimates of a Bernoulli p, a Poisson rate and a normal (mu, sigma2)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "mle_estimates"
hints = [
    "Write the log-likelihood as a sum over the data, differentiate it with respect to the parameter "
    "and set the derivative to 0. For all three models the estimate of the mean parameter is the "
    "sample mean.",
    "For the normal model, sigma2_hat is the average squared deviation from mu_hat, dividing by n "
    "(not n − 1): np.mean((x - mu_hat) ** 2).",
    "Start each function with x = np.asarray(x, dtype=float). Each check is then one line: "
    "x.size == 0; np.all((x == 0) | (x == 1)); np.all((x >= 0) & (x == np.round(x))).",
]

bans = {"mle_bernoulli": ["scipy"], "mle_poisson": ["scipy"], "mle_normal": ["scipy"]}
ban_reason = ("compute the three estimates yourself with NumPy, from the closed forms in the table "
              "(the point is to see where they come from); SciPy's fitting routines such as "
              "scipy.stats.norm.fit are for applied work after the course.")

UNBIASED = ("σ̂² divides by n − 1, which is the unbiased sample variance, not the maximum-likelihood "
            "estimate. Setting the derivative of the log-likelihood to 0 gives (1/n) Σ (xᵢ − x̄)², "
            "i.e. np.mean((x - mu_hat) ** 2) or np.var(x) with its default ddof=0.")
STD = ("you returned the standard deviation σ̂; the second value must be the variance σ̂² "
       "(no square root).")
COUNT = "you returned the number of successes; the MLE of p is the fraction of successes, sum / n."
SWAPPED = ("your two values are in the wrong order: mle_normal returns the tuple (mu_hat, sigma2_hat), "
           "the mean first and the variance second.")
FLOOR_DIV = ("your estimate is a whole number: the fraction sum / n was rounded down (integer division "
             "//, or int()). Divide with /, which gives a float even for integer data.")
ONE_PASS = ("your σ̂² is right for data near 0 but wrong for the same data shifted far from 0: "
            "mean(x²) − mean(x)² subtracts two huge, nearly equal numbers and loses every digit. "
            "Subtract the mean first: np.mean((x - mu_hat) ** 2).")

FLOORED = ("your σ̂² is 0 for data whose spread is tiny (around 1e-8): do not round small variances "
           "to 0 with an absolute threshold; np.mean((x - mu_hat) ** 2) is right at every scale.")
NOT_WHOLE = ("a count must be exactly a whole number: compare x == np.round(x). A tolerance "
             "(np.isclose, np.allclose, abs(x - round(x)) < 1e-6) accepts counts such as 1000.001.")
NOT_BINARY = ("a Bernoulli observation must be exactly 0 or 1: test (x == 0) | (x == 1), without a "
              "tolerance (np.isclose accepts 0.9999999).")


def _raises(func, arg, what, hint):
    """expect_raises, with the kind of input named in the verdict and a hint on the usual cause."""
    try:
        expect_raises(ValueError, func, arg, what=what)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {hint}", verdict=f"{what}: {m.verdict}; {hint}",
                       hint=hint, kind=m.kind) from None


def _numbers_close(got, expected, rtol, atol):
    try:
        values = np.array([float(v) for v in got])
    except (TypeError, ValueError):
        return False
    return bool(np.allclose(values, expected, rtol=rtol, atol=atol))


def _check_normal(mle_normal, x, what, misconceptions=True):
    """Compare mle_normal(x) with (mean, variance with ddof=0); the input must not change."""
    x = np.asarray(x)
    x0 = x.copy()
    mu_hat, sigma2_hat = expect_tuple(mle_normal(x), 2, what=what, names="mu_hat, sigma2_hat")
    expect_unchanged(x0, x, what="x")
    xf = x0.astype(float)
    n = xf.size
    expected_var = float(np.var(xf))
    wrong = {}
    if misconceptions:
        wrong = {STD: np.sqrt(expected_var)}
        if n > 1:
            wrong[UNBIASED] = expected_var * n / (n - 1)
    scale = max(float(np.mean(xf ** 2)), 1e-300)     # relative: data around 1e-8 are tried too
    swapped = [expected_var, float(np.mean(xf))]      # (sigma2_hat, mu_hat): the wrong order
    if misconceptions and not np.allclose(swapped, swapped[::-1], rtol=1e-9):
        expect_true(not _numbers_close((mu_hat, sigma2_hat), swapped, rtol=1e-9, atol=1e-12 * scale),
                    f"{what} returned ({mu_hat!r}, {sigma2_hat!r}): the variance first and the mean second.",
                    verdict="the two values are in the wrong order", hint=SWAPPED)
    expect_close(mu_hat, float(np.mean(xf)), rtol=1e-9, atol=1e-12 * scale, what=f"mu_hat from {what}")
    expect_close(sigma2_hat, expected_var, rtol=1e-9, atol=1e-12 * scale,
                 what=f"sigma2_hat from {what}", misconceptions=wrong)
    expect_true(isinstance(mu_hat, (float, np.floating)) and isinstance(sigma2_hat, (float, np.floating)),
                f"{what} should return two floats; it returned {type(mu_hat).__name__} and "
                f"{type(sigma2_hat).__name__}.", verdict="mu_hat and sigma2_hat are not floats",
                hint="return float(mu_hat), float(sigma2_hat).")


@test_case(points=0.75, hidden=False)
def test_bernoulli_and_poisson(mle_bernoulli, mle_poisson):
    """mle_bernoulli([1, 0, 1, 1]) = 0.75 and mle_poisson([2, 0, 3, 1]) = 1.5"""
    expect_close(mle_bernoulli([1, 0, 1, 1]), 0.75, what="mle_bernoulli([1, 0, 1, 1])",
                 misconceptions={COUNT: 3.0, FLOOR_DIV: 0.0})
    expect_close(mle_poisson([2, 0, 3, 1]), 1.5, what="mle_poisson([2, 0, 3, 1])")


@test_case(points=0.75, hidden=False)
def test_normal(mle_normal):
    """mle_normal([2, 4, 4, 4, 5, 5, 7, 9]) = (5.0, 4.0): the variance divides by n = 8"""
    # deviations -3, -1, -1, -1, 0, 0, 2, 4: squares sum to 32, so 32 / 8 = 4 (and 32 / 7 with n - 1)
    _check_normal(mle_normal, np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0]),
                  "mle_normal([2, 4, 4, 4, 5, 5, 7, 9])")


@test_case(points=0.5, hidden=False)
def test_invalid_data(mle_bernoulli, mle_poisson, mle_normal):
    """empty data, a Bernoulli value 2, a negative or fractional Poisson count raise ValueError"""
    expect_raises(ValueError, mle_bernoulli, [], what="mle_bernoulli([])")
    expect_raises(ValueError, mle_bernoulli, [0, 1, 2], what="mle_bernoulli([0, 1, 2])")
    expect_raises(ValueError, mle_poisson, [], what="mle_poisson([])")
    expect_raises(ValueError, mle_poisson, [1, -2, 3], what="mle_poisson([1, -2, 3])")
    expect_raises(ValueError, mle_poisson, [1.5, 2.0], what="mle_poisson([1.5, 2.0])")
    expect_raises(ValueError, mle_normal, [], what="mle_normal([])")


@test_case(points=0.5, hidden=True)
def test_random_samples(mle_bernoulli, mle_poisson, mle_normal):
    """random samples of sizes 1 to 500 as int, bool and float arrays and as lists; inputs unchanged"""
    rng = np.random.default_rng(3301)
    for n in (1, 7, 60, 500):
        flips = rng.integers(0, 2, size=n)
        for data in (flips, flips.astype(bool), flips.astype(float), flips.tolist()):
            before = np.array(data).copy()
            expect_close(mle_bernoulli(data), float(np.mean(flips)), rtol=1e-12,
                         what=f"mle_bernoulli on {n} flips", misconceptions={COUNT: float(flips.sum())})
            expect_unchanged(before, np.array(data), what="x")
        counts = rng.poisson(3.7, size=n)
        for data in (counts, counts.astype(float)):
            before = data.copy()
            expect_close(mle_poisson(data), float(np.mean(counts)), rtol=1e-12,
                         what=f"mle_poisson on {n} counts")
            expect_unchanged(before, data, what="x")
        _check_normal(mle_normal, rng.normal(-2.0, 3.0, size=n), f"mle_normal on {n} values")
    _check_normal(mle_normal, rng.integers(-5, 6, size=9), "mle_normal on integer data")
    _check_normal(mle_normal, [4.5], "mle_normal([4.5])")


@test_case(points=0.5, hidden=True)
def test_edge_cases_and_far_from_zero(mle_bernoulli, mle_poisson, mle_normal):
    """data far from 0 (around 10⁸), all-equal data, and more invalid inputs"""
    rng = np.random.default_rng(3302)
    centred = rng.normal(0.0, 1.0, size=40)
    _check_normal(mle_normal, centred, "mle_normal on data around 0")
    shifted = 1e8 + centred
    mu_hat, sigma2_hat = expect_tuple(mle_normal(shifted.copy()), 2, what="mle_normal on data around 1e8",
                                      names="mu_hat, sigma2_hat")
    expected = float(np.var(centred))      # shifting the data does not change the variance
    expect_true(np.isfinite(sigma2_hat) and abs(sigma2_hat - expected) <= 1e-5 * expected,
                f"sigma2_hat from mle_normal on data around 1e8 is {sigma2_hat!r}; expected {expected:.6g}.",
                verdict="wrong sigma2_hat for data far from 0", hint=ONE_PASS)
    expect_close(mu_hat, float(np.mean(shifted)), rtol=1e-12, what="mu_hat for data around 1e8")
    _check_normal(mle_normal, np.full(6, 2.5), "mle_normal on six equal values", misconceptions=False)
    expect_close(mle_bernoulli(np.zeros(5, dtype=int)), 0.0, what="mle_bernoulli on five zeros")
    expect_close(mle_poisson(np.zeros(3)), 0.0, what="mle_poisson on three zero counts")
    expect_raises(ValueError, mle_bernoulli, [0.5, 1.0], what="mle_bernoulli([0.5, 1.0])")
    expect_raises(ValueError, mle_bernoulli, [1, -1], what="mle_bernoulli([1, -1])")
    expect_raises(ValueError, mle_poisson, np.array([2, 0, 3.25]), what="mle_poisson([2, 0, 3.25])")
    # tiny and huge spreads: relative tolerances only, and no absolute threshold may zero the variance
    for factor in (1e-8, 1e8):
        x = factor * rng.normal(0.0, 1.0, size=25)
        x0 = x.copy()
        mu_hat, sigma2_hat = expect_tuple(mle_normal(x), 2, what=f"mle_normal on data of spread {factor:g}",
                                          names="mu_hat, sigma2_hat")
        expected = float(np.mean((x0 - np.mean(x0)) ** 2))
        expect_close(sigma2_hat, expected, rtol=1e-9, atol=0.0,
                     what=f"sigma2_hat from mle_normal on data of spread {factor:g}",
                     misconceptions={FLOORED: 0.0, UNBIASED: expected * 25 / 24, STD: np.sqrt(expected)})
        expect_close(mu_hat, float(np.mean(x0)), rtol=1e-9, atol=1e-12 * factor,
                     what=f"mu_hat from mle_normal on data of spread {factor:g}")
    _check_normal(mle_normal, np.full(7, 0.1), "mle_normal on seven values 0.1", misconceptions=False)
    expect_close(mle_bernoulli(np.array([True])), 1.0, what="mle_bernoulli on one True")
    expect_close(mle_poisson([7]), 7.0, what="mle_poisson on one count")
    _raises(mle_poisson, [3.0, 1000.001], "mle_poisson on a count of 1000.001", NOT_WHOLE)
    _raises(mle_bernoulli, [0.0, 1.0, 0.9999999], "mle_bernoulli on a value of 0.9999999", NOT_BINARY)
