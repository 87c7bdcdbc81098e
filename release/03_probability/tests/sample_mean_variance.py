"""sample_mean_variance: the sample mean and the two-pass sample variance with divisor n − ddof."""
import numpy as np
from otter.test_files import test_case

from course.testing import Mismatch, expect_close, expect_raises, expect_true, expect_unchanged

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


def _variance(x, ddof):
    x = np.asarray(x, dtype=float)
    return float(np.sum((x - x.sum() / x.size) ** 2) / (x.size - ddof))


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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
