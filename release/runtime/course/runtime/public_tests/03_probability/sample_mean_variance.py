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


ZERO_THRESHOLD = ("you returned 0 for data on a small scale (values around 1e-8 have a variance around "
                  "1e-16, which is not 0): do not round small results to 0 with a threshold of your "
                  "own; return the sum of squared deviations divided by n − ddof as it is.")
NEGATIVE = ("a variance is a mean of squares and can never be negative: your result for constant data "
            "is below 0, the rounding error of the raw-score shortcut mean(x²) − mean(x)². Subtract the "
            "mean first and square the deviations.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.5
