"""normal_pdf_cdf: the density and the cdf of N(mu, sigma2), where sigma2 is the VARIANCE."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "normal_pdf_cdf"
hints = [
    "sigma2 is the variance σ², so σ = np.sqrt(sigma2). The density is "
    "np.exp(-(x - mu)**2 / (2 * sigma2)) / np.sqrt(2 * np.pi * sigma2): sigma2 appears as it is, "
    "with no square and no extra square root.",
    "The cdf is 0.5 * (1 + erf(z)) with z = (x − mu) / np.sqrt(2 * sigma2): the argument of erf "
    "carries a √2. Make erf element-wise with erf = np.vectorize(math.erf, otypes=[float]).",
    "Start both functions with `if not sigma2 > 0: raise ValueError(...)` and "
    "`x = np.asarray(x, dtype=float)`, then use only element-wise operations.",
]

bans = {"normal_pdf": ["scipy"], "normal_cdf": ["scipy"]}
ban_reason = ("write the density from np.exp and np.sqrt, and the cdf from math.erf made element-wise "
              "with np.vectorize: that is the exercise; scipy.stats.norm (and scipy.special.erf) are fine "
              "to use from step 3, notebook 3 (inference) on.")

SIGMA2_AS_SD = ("you treated the third argument as the standard deviation σ, but it is the VARIANCE "
                "σ² (σ = √sigma2): in the pdf, divide (x − μ)² by 2·sigma2 and normalise by "
                "√(2π·sigma2); in the cdf, use (x − μ)/√(2·sigma2) inside erf.")
SD_AS_VARIANCE = ("you used the standard deviation σ = √sigma2 where the variance belongs: sigma2 is "
                  "already σ², so in the pdf divide (x − μ)² by 2·sigma2 and normalise by "
                  "√(2π·sigma2); in the cdf, use (x − μ)/√(2·sigma2) inside erf.")
MIXED_UP = ("the exponent and the normalising constant use the variance inconsistently: with "
            "sigma2 = σ², the density is exp(−(x − μ)²/(2·sigma2)) / √(2π·sigma2); check where you "
            "wrote sigma2 and where √sigma2 belongs.")
CDF_FOR_PDF = "you returned the cdf P(X ≤ x), but the density p(x) is asked for."
PDF_FOR_CDF = ("you returned the density p(x), but the cdf P(X ≤ x) = ½(1 + erf((x − μ)/√(2σ²))) "
               "is asked for.")
ERF_NO_SQRT2 = ("the argument of erf is (x − μ)/√(2σ²) = (x − μ)/(σ√2): you left out the √2. "
                "erf is the cdf-like integral of e^(−t²), not of e^(−t²/2).")
NO_HALF = "the cdf must lie in [0, 1]: it is ½(1 + erf(…)), not 1 + erf(…)."
SCALAR_ERF = ("math.erf takes one number at a time, so it fails on an array: make it element-wise "
              "with erf = np.vectorize(math.erf, otypes=[float]) and call erf on the whole array.")
EMPTY_VECTORIZE = ("an array of any shape includes an empty one, which should give an empty result: "
                   "np.vectorize(math.erf) without otypes=[float] cannot call erf on size-0 input to "
                   "find the output type, so pass otypes=[float] as the task suggests.")
SURVIVAL = ("you returned P(X > x) = 1 − F(x); the cdf is P(X ≤ x), which grows from 0 to 1 as x "
            "increases.")


@test_case(points=0.75, hidden=False)
def test_pdf_values(normal_pdf):
    """normal_pdf(0, 0, 1) ≈ 0.398942, normal_pdf(1, 0, 4) ≈ 0.176033 (variance 4, so σ = 2), and normal_pdf([-1, 0.5, 1, 2.5], 1, 0.25)"""
    expect_close(normal_pdf(0, 0, 1), 0.3989422804014327, what="normal_pdf(0, 0, 1)",
                 misconceptions={CDF_FOR_PDF: 0.5})
    expect_close(normal_pdf(1, 0, 4), 0.17603266338214976, what="normal_pdf(1, 0, 4)",
                 misconceptions={SIGMA2_AS_SD: 0.09666702920071232, SD_AS_VARIANCE: 0.21969564473386122,
                                 MIXED_UP: 0.08801633169107488, CDF_FOR_PDF: 0.6914624612740131})
    what = "normal_pdf(np.array([-1, 0.5, 1, 2.5]), 1, 0.25)"
    expect_close(normal_pdf(np.array([-1.0, 0.5, 1.0, 2.5]), 1.0, 0.25),
                 np.array([0.00026766045152977074, 0.48394144903828673, 0.7978845608028654,
                           0.008863696823876015]), what=what,
                 misconceptions={
                     SIGMA2_AS_SD: np.array([2.020908433414757e-14, 0.21596386605275225,
                                             1.5957691216057308, 2.4303531399293144e-08]),
                     SD_AS_VARIANCE: np.array([0.010333492677046035, 0.43939128946772243,
                                               0.5641895835477563, 0.05946514461181472]),
                     MIXED_UP: np.array([0.0005353209030595415, 0.9678828980765735,
                                         1.5957691216057308, 0.01772739364775203]),
                     CDF_FOR_PDF: np.array([3.167124183311986e-05, 0.15865525393145707, 0.5,
                                            0.9986501019683699]),
                 })


@test_case(points=0.75, hidden=False)
def test_cdf_values(normal_cdf):
    """normal_cdf(0, 0, 1) = 0.5, normal_cdf(3, 0, 9) = Φ(1) ≈ 0.841345 (variance 9, so σ = 3), and normal_cdf([-1, 0, 1, 3], 1, 4)"""
    expect_close(normal_cdf(0, 0, 1), 0.5, what="normal_cdf(0, 0, 1)",
                 misconceptions={PDF_FOR_CDF: 0.3989422804014327, NO_HALF: 1.0})
    phi_1 = 0.8413447460685429
    expect_close(normal_cdf(3, 0, 9), phi_1, what="normal_cdf(3, 0, 9)",
                 misconceptions={
                     SIGMA2_AS_SD: 0.6305586598182363,      # Φ(3 / 9)
                     SD_AS_VARIANCE: 0.9583677416682248,    # Φ(3 / √3)
                     ERF_NO_SQRT2: 0.9213503964748575,      # ½(1 + erf(3 / 3))
                     NO_HALF: 2 * phi_1,
                     SURVIVAL: 1 - phi_1,
                     PDF_FOR_CDF: 0.08065690817304778,
                 })
    expected = np.array([0.15865525393145707, 0.3085375387259869, 0.5, phi_1])   # Φ(−1), Φ(−½), Φ(0), Φ(1)
    what = "normal_cdf(np.array([-1, 0, 1, 3]), 1, 4)"
    try:
        got = normal_cdf(np.array([-1.0, 0.0, 1.0, 3.0]), 1.0, 4.0)
    except TypeError as exc:
        expect_true(False, f"{what} raised TypeError ({exc}).", verdict="raised TypeError on an array",
                    hint=SCALAR_ERF)
    expect_close(got, expected,
                 what=what,
                 misconceptions={PDF_FOR_CDF: np.array([0.12098536225957168, 0.17603266338214976,
                                                        0.19947114020071635, 0.12098536225957168]),
                                 SURVIVAL: 1 - expected, NO_HALF: 2 * expected})


@test_case(points=0.25, hidden=False)
def test_invalid_variance(normal_pdf, normal_cdf):
    """sigma2 = 0 and sigma2 = −1 raise ValueError in normal_pdf and normal_cdf"""
    for sigma2 in (0.0, -1.0):
        expect_raises(ValueError, normal_pdf, 0.5, 0.0, sigma2, what=f"normal_pdf(0.5, 0, {sigma2:g})")
        expect_raises(ValueError, normal_cdf, 0.5, 0.0, sigma2, what=f"normal_cdf(0.5, 0, {sigma2:g})")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.25
