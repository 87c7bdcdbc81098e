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


@test_case(points=0.5, hidden=True)
def test_random_arrays(exponential_pdf, exponential_cdf):
    """random arrays x (some negative) for several rates, against an independent reference"""
    rng = np.random.default_rng(3401)
    for lam in (0.05, 0.8, 1.0, 3.5, 40.0):
        x = rng.uniform(-1.0, 4.0 / lam, size=15)
        t = np.maximum(x, 0.0)
        pdf = np.where(x >= 0, lam * np.exp(-lam * t), 0.0)
        cdf = np.where(x >= 0, 1 - np.exp(-lam * t), 0.0)
        wrong_pdf = {RATE_AS_SCALE: np.where(x >= 0, np.exp(-t / lam) / lam, 0.0), CDF_FOR_PDF: cdf,
                     NEGATIVE_X: lam * np.exp(-lam * x)}
        wrong_cdf = {RATE_AS_SCALE: np.where(x >= 0, 1 - np.exp(-t / lam), 0.0), PDF_FOR_CDF: pdf,
                     SURVIVAL: np.where(x >= 0, np.exp(-lam * t), 1.0), NEGATIVE_X: 1 - np.exp(-lam * x)}
        expect_close(exponential_pdf(x.copy(), lam), pdf, rtol=1e-9, atol=1e-12,
                     what=f"exponential_pdf(x, {lam:g}) on an array", misconceptions=wrong_pdf)
        expect_close(exponential_cdf(x.copy(), lam), cdf, rtol=1e-9, atol=1e-12,
                     what=f"exponential_cdf(x, {lam:g}) on an array", misconceptions=wrong_cdf)


@test_case(points=0.25, hidden=True)
def test_extremes_shapes_integers(exponential_pdf, exponential_cdf):
    """very negative and very large x give 0 or 1 without nan; 2-D and integer inputs keep their shape"""
    x = np.array([-1000.0, -1.0, 0.0, 1000.0])
    for func, expected, label in [(exponential_pdf, np.array([0.0, 0.0, 3.0, 0.0]), "exponential_pdf"),
                                  (exponential_cdf, np.array([0.0, 0.0, 0.0, 1.0]), "exponential_cdf")]:
        got = func(x.copy(), 3.0)
        values = np.asarray(got, dtype=float)
        expect_true(bool(np.all(np.isfinite(values))), f"{label}(x, 3) at x = −1000 returned nan or inf.",
                    verdict=f"{label} returned nan or inf for very negative x", hint=INDICATOR_NAN)
        expect_close(got, expected, atol=1e-300, what=f"{label}(x, 3) for x far out on both sides")
    x = np.array([[0, 1], [2, -3]])
    expect_close(exponential_pdf(x.copy(), 1), np.array([[1.0, math.exp(-1)], [math.exp(-2), 0.0]]),
                 what="exponential_pdf on a (2, 2) integer array with an integer rate")
    expect_close(exponential_cdf(x.copy(), 1), np.array([[0.0, 1 - math.exp(-1)], [1 - math.exp(-2), 0.0]]),
                 what="exponential_cdf on a (2, 2) integer array with an integer rate")


@test_case(points=0.25, hidden=True)
def test_inputs_unchanged_and_cdf_monotone(exponential_pdf, exponential_cdf):
    """the array x is left unchanged, and the cdf rises from 0 to 1 on a grid"""
    rng = np.random.default_rng(3402)
    x = rng.normal(size=9)
    x0 = x.copy()
    exponential_pdf(x, 1.3)
    expect_unchanged(x0, x, what="the array x passed to exponential_pdf")
    exponential_cdf(x, 1.3)
    expect_unchanged(x0, x, what="the array x passed to exponential_cdf")
    grid = np.linspace(-2.0, 10.0, 49)
    cdf = np.asarray(exponential_cdf(grid, 0.9), dtype=float)
    expect_true(cdf.shape == grid.shape and bool(np.all(np.diff(cdf) >= 0)) and cdf[0] == 0.0
                and 0.99 < cdf[-1] <= 1.0,
                "exponential_cdf on a grid should rise from 0 to (almost) 1 and never decrease.",
                verdict="the cdf is not non-decreasing from 0 towards 1")


@test_case(points=0.25, hidden=True)
def test_rate_scales_and_float_arrays(exponential_pdf, exponential_cdf):
    """rates 1e-8 and 1e8 with x on the matching scale (relative tolerances); float arrays out; the density at 0 is lam"""
    t = np.array([0.0, 0.25, 1.0, 2.5, 7.0])
    for lam in (1e-8, 1e8):
        x = t / lam
        what = f"exponential_pdf(x, {lam:g}) with x = [0, 0.25, 1, 2.5, 7] / lam"
        try:
            got = exponential_pdf(x.copy(), lam)
        except ValueError as exc:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for a small (or large) but positive rate",
                        hint="any lam > 0 is a valid rate: raise only when lam <= 0, with no threshold "
                             "of your own.")
        expect_array(got, what=what)
        expect_close(got, lam * np.exp(-t), rtol=1e-9, atol=0.0, what=what,
                     misconceptions={RATE_AS_SCALE: np.exp(-x / lam) / lam})
        what = f"exponential_cdf(x, {lam:g}) with x = [0, 0.25, 1, 2.5, 7] / lam"
        got = exponential_cdf(x.copy(), lam)
        expect_array(got, what=what)
        expect_close(got, -np.expm1(-t), rtol=1e-9, atol=1e-15, what=what,
                     misconceptions={RATE_AS_SCALE: -np.expm1(-x / lam)})
    what = "exponential_pdf(np.array([0, 2]), 3) with integer arguments"
    got = exponential_pdf(np.array([0, 2]), 3)
    expect_array(got, what=what)
    expect_close(got, np.array([3.0, 3 * math.exp(-6)]), what=what)
    what = "exponential_cdf(np.array([0, 2]), 3) with integer arguments"
    got = exponential_cdf(np.array([0, 2]), 3)
    expect_array(got, what=what)
    expect_close(got, np.array([0.0, 1 - math.exp(-6)]), what=what)
