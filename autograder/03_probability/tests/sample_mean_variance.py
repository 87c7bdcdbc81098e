"""sample_mean_variance: the sample mean and the two-pass sample variance with divisor n − ddof."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "sample_mean_variance"
hints = [
    "sample_mean: turn x into a float array with np.asarray(x, dtype=float), raise ValueError if it "
    "has no entries, and return np.sum(x) / n as a float.",
    "sample_variance: check n - ddof > 0 first. Then m = sample_mean(x), the deviations x - m, their "
    "squares, their sum, divided by n - ddof.",
    "Avoid the shortcut np.sum(x**2) / n - m**2. When the data sit far from 0, both terms are huge "
    "and nearly equal, so their difference is rounding noise. Squaring the deviations x - m avoids it.",
]

_NOTEBOOK_RULES = ["numpy.var", "numpy.std", "numpy.cov", "numpy.corrcoef"]
bans = {"sample_mean": ["numpy.mean", "numpy.average", ".mean", "statistics"],
        "sample_variance": _NOTEBOOK_RULES + ["numpy.mean", "numpy.average", ".mean", ".var", ".std",
                                              "statistics"]}
ban_reason = ("compute the mean as np.sum(x) / n and the variance from the squared deviations yourself, "
              "with np.sum (or a loop) and arithmetic: np.mean, np.average, np.var, np.std, np.cov, "
              "their array methods and the statistics module are what this exercise builds. They are "
              "fine to use from step 3, notebook 3 (inference) on.")

BIASED = ("you divided by n, but the default ddof=1 asks for the unbiased variance, which divides by "
          "n − 1. Use n - ddof as the divisor.")
IGNORES_DDOF = ("the divisor must be n − ddof for the ddof that was passed; your result uses a "
                "different divisor. Use n - ddof rather than a fixed n - 1 or n.")
RAW_SCORE = ("on data far from zero your variance is far off, which is the signature of the "
             "raw-score shortcut mean(x²) − mean(x)²: its two huge terms cancel and leave only "
             "rounding error. Subtract the mean first and square the deviations (two passes over "
             "the data).")
INTEGER_MEAN = ("your mean was rounded down to a whole number: divide with true division `/`, "
                "not `//`, and return a float.")


@test_case(points=0.75, hidden=False)
def test_small_sample(sample_mean, sample_variance):
    """sample_mean([3, 7, 7, 9, 14]) = 8 and sample_variance([3, 7, 7, 9, 14]) = 16 (divide by n − 1 = 4)"""
    x = [3, 7, 7, 9, 14]
    expect_close(sample_mean(list(x)), 8.0, what="sample_mean([3, 7, 7, 9, 14])",
                 misconceptions={INTEGER_MEAN: 8.0})
    expect_close(sample_variance(list(x)), 16.0, what="sample_variance([3, 7, 7, 9, 14])",
                 misconceptions={BIASED: 12.8})


@test_case(points=0.5, hidden=False)
def test_ddof_argument(sample_variance):
    """sample_variance([3, 7, 7, 9, 14], ddof=0) = 12.8 and sample_variance([1, 2, 3, 4], ddof=2) = 2.5"""
    expect_close(sample_variance(np.array([3.0, 7.0, 7.0, 9.0, 14.0]), ddof=0), 12.8,
                 what="sample_variance([3, 7, 7, 9, 14], ddof=0)", misconceptions={IGNORES_DDOF: 16.0})
    expect_close(sample_variance(np.array([1.0, 2.0, 3.0, 4.0]), ddof=2), 2.5,
                 what="sample_variance([1, 2, 3, 4], ddof=2)",
                 misconceptions={IGNORES_DDOF: 5.0 / 3.0, BIASED: 1.25})


@test_case(points=0.25, hidden=False)
def test_too_few_values(sample_mean, sample_variance):
    """sample_mean([]) and sample_variance([5.0]) raise ValueError"""
    expect_raises(ValueError, sample_mean, [], what="sample_mean([])", when="for an empty sample")
    expect_raises(ValueError, sample_variance, [5.0], what="sample_variance([5.0])",
                  when="(one value leaves n − ddof = 0)")


@test_case(points=0.5, hidden=True)
def test_random_samples(sample_mean, sample_variance):
    """random float and integer samples of sizes 2 to 200, ddof 0, 1 and 2, inputs left unchanged"""
    rng = np.random.default_rng(3201)
    for n, ddof in ((2, 1), (3, 2), (7, 0), (40, 1), (200, 1), (25, 2)):
        x = rng.normal(loc=rng.uniform(-5, 5), scale=rng.uniform(0.1, 3), size=n)
        x0 = x.copy()
        expect_close(sample_mean(x), float(np.mean(x0)), what=f"sample_mean on {n} values",
                     misconceptions={INTEGER_MEAN: np.sum(x0) // n})
        expect_unchanged(x0, x, what="x")
        expected = float(np.var(x0, ddof=ddof))
        wrong = {BIASED: np.var(x0)} if ddof == 1 else {IGNORES_DDOF: np.var(x0, ddof=1)}
        expect_close(sample_variance(x, ddof=ddof), expected,
                     what=f"sample_variance on {n} values with ddof={ddof}", misconceptions=wrong)
        expect_unchanged(x0, x, what="x")
    ints = rng.integers(-20, 20, size=9)
    ints0 = ints.copy()
    expect_close(sample_mean(ints), float(np.mean(ints0)), what="sample_mean on integer data",
                 misconceptions={INTEGER_MEAN: float(np.sum(ints0) // ints0.size)})
    expect_close(sample_variance(ints), float(np.var(ints0, ddof=1)),
                 what="sample_variance on integer data")
    expect_unchanged(ints0, ints, what="x")
    expect_close(sample_mean([1, 2]), 1.5, what="sample_mean([1, 2])",
                 misconceptions={INTEGER_MEAN: 1.0})


@test_case(points=0.25, hidden=True)
def test_edge_cases(sample_mean, sample_variance):
    """one value, equal values, ddof = n − 1, and ValueError whenever n ≤ ddof"""
    expect_close(sample_mean([4.5]), 4.5, what="sample_mean of a single value",
                 misconceptions={INTEGER_MEAN: 4.0})
    expect_close(sample_variance([2.0, 2.0, 2.0]), 0.0, what="sample_variance of equal values")
    expect_close(sample_variance([1.0, 4.0], ddof=1), 4.5, what="sample_variance of two values",
                 misconceptions={BIASED: 2.25})
    expect_close(sample_variance([1.0, 4.0], ddof=0), 2.25,
                 what="sample_variance of two values with ddof=0",
                 misconceptions={IGNORES_DDOF: 4.5})
    expect_close(sample_variance([7.0], ddof=0), 0.0, what="sample_variance of one value with ddof=0")
    expect_raises(ValueError, sample_variance, [1.0, 2.0], 2, what="sample_variance with n = ddof")
    expect_raises(ValueError, sample_variance, [], 0, what="sample_variance of an empty sample")


@test_case(points=0.5, hidden=True)
def test_large_offset(sample_variance):
    """data with a large offset and a small spread: only subtracting the mean first stays accurate"""
    rng = np.random.default_rng(3202)
    for n in (10, 60):
        x = 1e9 + rng.normal(size=n)
        x0 = x.copy()
        centred = x0 - np.sum(x0) / n
        expected = float(np.sum(centred ** 2) / (n - 1))
        what = f"sample_variance on {n} values with a large offset"
        got = sample_variance(x)
        expect_unchanged(x0, x, what="x")
        try:
            expect_close(got, expected, rtol=1e-6, what=what,
                         misconceptions={BIASED: expected * (n - 1) / n})
        except Mismatch as m:
            if m.kind != "values":
                raise
            expect_true(False, m.detail, verdict="wrong variance for data with a large offset",
                        hint=RAW_SCORE)


ZERO_THRESHOLD = ("you returned 0 for data on a small scale (values around 1e-8 have a variance around "
                  "1e-16, which is not 0): do not round small results to 0 with a threshold of your "
                  "own; return the sum of squared deviations divided by n − ddof as it is.")
NEGATIVE = ("a variance is a mean of squares and can never be negative: your result for constant data "
            "is below 0, the rounding error of the raw-score shortcut mean(x²) − mean(x)². Subtract the "
            "mean first and square the deviations.")


@test_case(points=0.25, hidden=True)
def test_scales_and_constant_data(sample_mean, sample_variance):
    """data scaled by 1e-8 and by 1e8 (relative tolerance, no threshold); constant data such as [0.1]*3 gives a variance ≥ 0 and ≈ 0"""
    rng = np.random.default_rng(3203)
    base = rng.normal(loc=1.0, size=12)
    for scale in (1e-8, 1e8):
        x = base * scale
        centred = x - np.sum(x) / x.size
        expected = float(np.sum(centred ** 2) / (x.size - 1))
        expect_close(sample_mean(x.copy()), float(np.sum(x) / x.size), rtol=1e-12, atol=0.0,
                     what=f"sample_mean of 12 values of size about {scale:g}")
        expect_close(sample_variance(x.copy()), expected, rtol=1e-9, atol=0.0,
                     what=f"sample_variance of 12 values of size about {scale:g}",
                     misconceptions={BIASED: expected * 11 / 12, ZERO_THRESHOLD: 0.0})
    for n in (3, 6, 7):
        x = [0.1] * n
        what = f"sample_variance([0.1] * {n})"
        got = sample_variance(list(x))
        expect_close(got, 0.0, atol=1e-20, what=what)
        expect_true(float(got) >= 0.0, f"{what} returned {float(got)!r}, a negative variance.",
                    verdict="a negative variance for constant data", hint=NEGATIVE)
        expect_close(sample_mean(list(x)), 0.1, rtol=1e-12, what=f"sample_mean([0.1] * {n})")
    x = [1e8 + 0.1] * 5
    got = sample_variance(list(x))
    expect_close(got, 0.0, atol=1e-12, what="sample_variance([1e8 + 0.1] * 5)")
