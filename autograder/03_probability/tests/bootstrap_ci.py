"""bootstrap_ci: the percentile bootstrap interval for a mean, graded statistically."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_array, expect_finite, expect_raises, expect_true, expect_tuple,
                            expect_unchanged, expect_uses_rng)

OK_FORMAT = False
name = "bootstrap_ci"
hints = [
    "One replicate: idx = rng.integers(0, n, size=n), then x[idx].mean(). All n_boot of them at "
    "once: idx = rng.integers(0, n, size=(n_boot, n)) and x[idx].mean(axis=1).",
    "The interval is np.quantile(boot_means, [(1 - confidence) / 2, (1 + confidence) / 2]): "
    "(1 − c)/2 of the replicates lie below low and (1 − c)/2 above high.",
    "Check the arguments first (at least 2 values, 0 < confidence < 1, n_boot >= 1) and return "
    "float(low), float(high), boot_means.",
]

bans = {"bootstrap_ci": ["scipy"]}
ban_reason = ("draw the resamples yourself with rng and read the interval off your own replicates "
              "with np.quantile; scipy.stats.bootstrap is for applied work after the course.")

WITHOUT_REPLACEMENT = ("all your bootstrap means equal the sample mean: you resampled WITHOUT "
                       "replacement, and a reordering of x has the same mean. Draw the indices "
                       "with replacement, e.g. rng.integers(0, n, size=(n_boot, n)).")
SAME_RESAMPLE = ("all your replicates are equal: draw a fresh resample for every replicate (one "
                 "row of rng.integers(0, n, size=(n_boot, n)) each), not one resample repeated.")
SINGLE_VALUES = ("your boot_means are single values of x, not means: each replicate is the mean "
                 "of a whole resample of n values drawn from x.")
NOT_MEANS = ("each replicate must be the mean of n values drawn from x; yours are not (for integer "
             "data, n × replicate would be a whole number).")
LEVELS = ("your interval reads off the quantiles at 1 − c and c; a two-sided interval leaves "
          "(1 − c)/2 in EACH tail: np.quantile(boot_means, [(1 - c) / 2, (1 + c) / 2]).")
NOT_PERCENTILE = ("low and high must be read off your own boot_means, as their (1 − c)/2 and "
                  "(1 + c)/2 quantiles (np.quantile), not computed from a formula such as "
                  "mean ∓ z · SE.")
SPREAD = ("the spread of your replicates is off: each replicate is the mean of a resample of "
          "exactly n values (the size of x), drawn with replacement.")


def _exact_replicate_distribution(x):
    """All n^n equally likely resamples of an integer sample: the values of their mean, and the
    probability of each (the n-fold convolution of one draw's distribution)."""
    x = np.asarray(x, dtype=np.int64)
    n, smallest = x.size, int(x.min())
    one_draw = np.bincount(x - smallest) / n
    dist = np.array([1.0])
    for _ in range(n):
        dist = np.convolve(dist, one_draw)
    return (n * smallest + np.arange(dist.size)) / n, dist


def _sampled_replicate_distribution(x, n_ref, seed):
    """A large reference bootstrap: n_ref replicates, each with weight 1 / n_ref."""
    x = np.asarray(x, dtype=float)
    means = x[np.random.default_rng(seed).integers(0, x.size, size=(n_ref, x.size))].mean(axis=1)
    return np.sort(means), np.full(n_ref, 1.0 / n_ref)


def _cdf_below(values, probs, point, inclusive, eps):
    mask = values <= point + eps if inclusive else values < point - eps
    return float(np.sum(probs[mask]))


def _quantile_range(sorted_boot, q):
    """The neighbouring order statistics around the q quantile: any quantile rule lands inside."""
    k = q * (sorted_boot.size - 1)
    lo = max(0, int(np.floor(k)) - 1)
    hi = min(sorted_boot.size - 1, int(np.ceil(k)) + 1)
    return sorted_boot[lo], sorted_boot[hi]


def _check_bootstrap(got, x, confidence, n_boot, reference, what, n_ref=None):
    """Shape and structure of the replicates, then the interval against them, then against the
    reference distribution of the replicates (exact, or a large seeded bootstrap of n_ref)."""
    x = np.asarray(x, dtype=float)
    n = x.size
    low, high, boot = expect_tuple(got, 3, what=what, names="low, high, boot_means")
    expect_array(boot, what=f"boot_means from {what}")
    boot = np.asarray(boot)
    expect_true(boot.shape == (n_boot,) and boot.dtype.kind in "fi",
                f"boot_means from {what} should be a numeric array of shape ({n_boot},); it has "
                f"shape {boot.shape} and dtype {boot.dtype}.",
                verdict=f"boot_means has shape {boot.shape}, not (n_boot,)")
    boot = boot.astype(float)
    expect_finite(boot, what=f"boot_means from {what}")
    for label, value in (("low", low), ("high", high)):
        expect_true(np.ndim(value) == 0 and np.isreal(value) and np.isfinite(float(value)),
                    f"{label} from {what} should be a single finite number; it is {value!r}.",
                    verdict=f"{label} is not a single finite number")
        expect_true(isinstance(value, (float, np.floating)), f"{label} from {what} should be a float; "
                    f"it is {type(value).__name__}.", verdict=f"{label} is not a float",
                    hint="return float(low), float(high), boot_means.")
    low, high = float(low), float(high)
    scale = max(float(np.max(np.abs(x))), 1e-300)      # relative: data around 1e-8 are tried too
    eps = 1e-9 * scale

    values, probs = reference
    ref_mean = float(np.mean(x))
    ref_sd = float(np.std(x) / np.sqrt(n))          # the exact spread of the replicates
    if ref_sd > 0:
        expect_true(np.ptp(boot) > eps, f"all {n_boot} replicates from {what} are equal "
                    f"({boot[0]:.6g}).", verdict="all replicates are equal",
                    hint=WITHOUT_REPLACEMENT if abs(boot[0] - ref_mean) <= eps else SAME_RESAMPLE)
        if np.std(boot) > 1.5 * ref_sd:
            gaps = np.abs(boot[:, None] - x[None, :]).min(axis=1)
            expect_true(np.mean(gaps <= eps) < 0.9, f"the replicates from {what} are values of x, "
                        "not means.", verdict="the replicates are single values of x", hint=SINGLE_VALUES)
    if np.all(x == np.round(x)) and n_boot > 1:
        sums = boot * n
        expect_true(np.allclose(sums, np.round(sums), rtol=0, atol=1e-6 * scale * n),
                    f"the replicates from {what} are not means of {n} values of x.",
                    verdict="the replicates are not means of n values of x", hint=NOT_MEANS)
    if n_boot >= 100 and ref_sd > 0:
        spread = float(np.std(boot)) / ref_sd
        expect_true(abs(spread - 1.0) <= 0.1,
                    f"the replicates from {what} have standard deviation {np.std(boot):.4g}; the "
                    f"means of resamples of size {n} have {ref_sd:.4g}.",
                    verdict=f"the replicates spread {spread:.2f} times as much as they should",
                    hint=SPREAD)
        centre_error = abs(float(np.mean(boot)) - ref_mean)
        expect_true(centre_error <= 5 * ref_sd / np.sqrt(n_boot) + eps,
                    f"the replicates from {what} average {np.mean(boot):.6g}; resampling x gives "
                    f"means centred on the sample mean {ref_mean:.6g}.",
                    verdict="the replicates are not centred on the sample mean")

    sorted_boot = np.sort(boot)
    for label, value, q, wrong_q in (("low", low, (1 - confidence) / 2, 1 - confidence),
                                     ("high", high, (1 + confidence) / 2, confidence)):
        a, b = _quantile_range(sorted_boot, q)
        if not a - eps <= value <= b + eps:
            wa, wb = _quantile_range(sorted_boot, wrong_q)
            hint = LEVELS if wa - eps <= value <= wb + eps else NOT_PERCENTILE
            where = f"is {a:.6g}" if a == b else f"lies between {a:.6g} and {b:.6g}"
            expect_true(False, f"{label} = {value:.6g} from {what} is not the {q:g} quantile of "
                        f"your own boot_means (which {where}).",
                        verdict=f"{label} is not the right quantile of your boot_means", hint=hint)
        # statistical: the quantile of n_boot replicates lies within 5 standard errors of q,
        # measured on the reference distribution (plus the reference's own sampling error)
        sd = np.sqrt(q * (1 - q) / n_boot) + (np.sqrt(q * (1 - q) / n_ref) if n_ref else 0.0)
        tol = 5 * sd + 2.0 / n_boot
        below = _cdf_below(values, probs, value, inclusive=False, eps=eps)
        at_or_below = _cdf_below(values, probs, value, inclusive=True, eps=eps)
        expect_true(below <= q + tol and at_or_below >= q - tol,
                    f"{label} = {value:.6g} from {what}: a fraction {below:.4f} to {at_or_below:.4f} "
                    f"of all bootstrap means lie below it, but it should be about {q:g} (± {tol:.3f} "
                    "for the random resampling).",
                    verdict=f"{label} is not the {q:g} quantile of the bootstrap means, even "
                            "allowing for the randomness of resampling")
    expect_true(low <= high, f"low = {low:.6g} exceeds high = {high:.6g} in {what}.",
                verdict="low exceeds high")


@test_case(points=1.25, hidden=False)
def test_small_skewed_sample(bootstrap_ci):
    """bootstrap_ci([1, 2, 3, 4, 10], 0.9, 4000, rng): checked against the exact bootstrap distribution"""
    x = np.array([1, 2, 3, 4, 10])
    # all 5^5 resamples enumerated: the exact 5% and 95% quantiles are 2.0 and 6.6
    got = bootstrap_ci(x.copy(), 0.9, 4000, rng=np.random.default_rng(3331))
    _check_bootstrap(got, x, 0.9, 4000, _exact_replicate_distribution(x),
                     "bootstrap_ci([1, 2, 3, 4, 10], 0.9, 4000, rng)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(bootstrap_ci):
    """one value, confidence 1.5 and n_boot = 0 raise ValueError"""
    rng = np.random.default_rng(3332)
    expect_raises(ValueError, bootstrap_ci, [5.0], 0.9, 100, rng, what="bootstrap_ci([5.0], 0.9, 100, rng)")
    expect_raises(ValueError, bootstrap_ci, [1.0, 2.0], 1.5, 100, rng,
                  what="bootstrap_ci([1, 2], 1.5, 100, rng)")
    expect_raises(ValueError, bootstrap_ci, [1.0, 2.0], 0.9, 0, rng, what="bootstrap_ci([1, 2], 0.9, 0, rng)")


@test_case(points=1, hidden=True)
def test_continuous_samples(bootstrap_ci):
    """skewed and symmetric real-valued samples (n = 12 and 30), against a large reference bootstrap; x unchanged"""
    data_rng = np.random.default_rng(3333)
    for n, confidence, n_boot, seed in ((12, 0.95, 4000, 3334), (30, 0.8, 3000, 3335)):
        x = data_rng.exponential(2.0, size=n) if n == 12 else data_rng.normal(10.0, 3.0, size=n)
        x0 = x.copy()
        got = bootstrap_ci(x, confidence, n_boot, rng=np.random.default_rng(seed))
        expect_unchanged(x0, x, what="x")
        _check_bootstrap(got, x0, confidence, n_boot, _sampled_replicate_distribution(x0, 10000, seed + 100),
                         f"bootstrap_ci on {n} real values, confidence {confidence}", n_ref=10000)


@test_case(points=0.5, hidden=True)
def test_two_values_and_one_replicate(bootstrap_ci):
    """a sample of two integers (a list), n_boot = 1, draws only from rng, and data of size 1e-8"""
    x = [3, 7]
    got = bootstrap_ci(list(x), 0.5, 2000, rng=np.random.default_rng(3336))
    _check_bootstrap(got, x, 0.5, 2000, _exact_replicate_distribution(x), "bootstrap_ci([3, 7], 0.5, 2000, rng)")
    x = np.array([2.0, 4.5, 1.0, 8.0])
    low, high, boot = expect_tuple(bootstrap_ci(x.copy(), 0.9, 1, rng=np.random.default_rng(3337)), 3,
                                   what="bootstrap_ci(x, 0.9, 1, rng)", names="low, high, boot_means")
    boot = np.asarray(boot, dtype=float)
    expect_true(boot.shape == (1,), f"with n_boot = 1, boot_means has shape {boot.shape}; expected (1,).",
                verdict="wrong shape of boot_means for n_boot = 1")
    expect_true(abs(low - boot[0]) <= 1e-12 and abs(high - boot[0]) <= 1e-12,
                "with a single replicate, low and high must both equal it.",
                verdict="low and high differ from the single replicate")
    expect_uses_rng(bootstrap_ci, x.copy(), 0.9, 20, what="bootstrap_ci(x, 0.9, 20, rng)")
    # a tiny scale: every check is relative to the data
    x = 1e-8 * np.array([0.3, 1.7, 0.2, 4.1, 0.9, 2.2, 0.4, 0.6])
    got = bootstrap_ci(x.copy(), 0.9, 1500, rng=np.random.default_rng(3338))
    _check_bootstrap(got, x, 0.9, 1500, _sampled_replicate_distribution(x, 10000, 3339),
                     "bootstrap_ci on 8 values of size about 1e-8", n_ref=10000)
