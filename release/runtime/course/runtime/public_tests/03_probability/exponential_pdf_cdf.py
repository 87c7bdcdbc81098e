"""exponential_pdf_cdf: the density and the cdf of the exponential distribution with RATE lam."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "exponential_pdf_cdf"
hints = [
    "lam is the RATE: the density is lam·e^(−lam·x) for x ≥ 0 (mean 1/lam), and the cdf is "
    "1 − e^(−lam·x). Both are 0 for x < 0.",
    "Select with np.where(x >= 0, <formula>, 0.0) after x = np.asarray(x, dtype=float). NumPy "
    "evaluates the formula for every x, negative ones included, so feed it np.maximum(x, 0.0) to "
    "keep e^(−lam·x) from overflowing.",
    "Start both functions with `if not lam > 0: raise ValueError(...)`. For the cdf, "
    "-np.expm1(-lam * t) is an accurate way to write 1 − e^(−lam·t).",
]

bans = {"exponential_pdf": ["scipy"], "exponential_cdf": ["scipy"]}
ban_reason = ("write the density and the cdf yourself from np.exp (or np.expm1) and np.where: that is the "
              "exercise; scipy.stats.expon is fine to use from step 3, notebook 3 (inference) on.")

RATE_AS_SCALE = ("you used lam as the SCALE (mean) 1/λ, but it is the RATE: the density is "
                 "lam·e^(−lam·x) and the cdf 1 − e^(−lam·x), with mean 1/lam. (NumPy's "
                 "rng.exponential(scale) and SciPy's expon(scale=...) use the scale.)")
CDF_FOR_PDF = "you returned the cdf 1 − e^(−λx), but the density λe^(−λx) is asked for."
PDF_FOR_CDF = "you returned the density λe^(−λx), but the cdf P(X ≤ x) = 1 − e^(−λx) is asked for."
SURVIVAL = ("you returned P(X > x) = e^(−λx); the cdf is P(X ≤ x) = 1 − e^(−λx), which grows from "
            "0 to 1.")
NEGATIVE_X = ("for x < 0 the density and the cdf are 0 (a waiting time is never negative): select "
              "with np.where(x >= 0, …, 0.0).")
AT_ZERO = ("the density at x = 0 is lam, not 0: the support is x >= 0 (select with np.where(x >= 0, …), "
           "not x > 0); a 0 there can also mean you returned the cdf 1 − e^(−λx) instead of the density.")
INDICATOR_NAN = ("for very negative x, e^(−λx) overflows to inf, and inf · 0 (an indicator such as "
                 "(x >= 0)) is nan, not 0. Select with np.where(x >= 0, …, 0.0) and evaluate the "
                 "exponential at np.maximum(x, 0.0).")


@test_case(points=0.75, hidden=False)
def test_pdf_values(exponential_pdf):
    """exponential_pdf(0, 2) = 2, exponential_pdf(1, 2) = 2e^−2 ≈ 0.270671, exponential_pdf(-1, 2) = 0, and an array"""
    expect_close(exponential_pdf(0, 2.0), 2.0, what="exponential_pdf(0, 2)",
                 misconceptions={RATE_AS_SCALE: 0.5, AT_ZERO: 0.0})
    expect_close(exponential_pdf(1, 2.0), 2 * math.exp(-2), what="exponential_pdf(1, 2)",
                 misconceptions={RATE_AS_SCALE: 0.5 * math.exp(-0.5), CDF_FOR_PDF: 1 - math.exp(-2)})
    expect_close(exponential_pdf(-1, 2.0), 0.0, what="exponential_pdf(-1, 2)",
                 misconceptions={NEGATIVE_X: 2 * math.exp(2)})
    x = np.array([-1.0, 0.0, 0.5, 1.0, 3.0])
    expect_close(exponential_pdf(x.copy(), 2.0),
                 np.array([0.0, 2.0, 2 * math.exp(-1), 2 * math.exp(-2), 2 * math.exp(-6)]),
                 what="exponential_pdf(np.array([-1, 0, 0.5, 1, 3]), 2)",
                 misconceptions={RATE_AS_SCALE: np.array([0.0, 0.5, 0.5 * math.exp(-0.25),
                                                          0.5 * math.exp(-0.5), 0.5 * math.exp(-1.5)])})


@test_case(points=0.75, hidden=False)
def test_cdf_values(exponential_cdf):
    """exponential_cdf(1, 2) = 1 − e^−2 ≈ 0.864665, exponential_cdf(-1, 2) = 0, and the median: exponential_cdf(log(2)/2, 2) = 0.5"""
    expect_close(exponential_cdf(1, 2.0), 1 - math.exp(-2), what="exponential_cdf(1, 2)",
                 misconceptions={RATE_AS_SCALE: 1 - math.exp(-0.5), PDF_FOR_CDF: 2 * math.exp(-2),
                                 SURVIVAL: math.exp(-2)})
    expect_close(exponential_cdf(-1, 2.0), 0.0, what="exponential_cdf(-1, 2)",
                 misconceptions={NEGATIVE_X: 1 - math.exp(2)})
    expect_close(exponential_cdf(math.log(2) / 2, 2.0), 0.5, what="exponential_cdf(log(2)/2, 2)",
                 misconceptions={RATE_AS_SCALE: 1 - 2 ** -0.25, PDF_FOR_CDF: 1.0})


@test_case(points=0.25, hidden=False)
def test_invalid_rate(exponential_pdf, exponential_cdf):
    """lam = 0 and lam = −2 raise ValueError in exponential_pdf and exponential_cdf"""
    for lam in (0.0, -2.0):
        expect_raises(ValueError, exponential_pdf, 1.0, lam, what=f"exponential_pdf(1, {lam:g})")
        expect_raises(ValueError, exponential_cdf, 1.0, lam, what=f"exponential_cdf(1, {lam:g})")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.25
