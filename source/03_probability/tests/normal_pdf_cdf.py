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


@test_case(points=0.5, hidden=True)
def test_random_parameters(normal_pdf, normal_cdf):
    """random arrays x with random means and variances (small and large), against an independent reference"""
    rng = np.random.default_rng(3301)
    erf = np.vectorize(math.erf, otypes=[float])

    def density(x, mu, var):
        return np.exp(-((x - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)

    for sigma2 in (0.01, 0.7, 2.0, 30.0, 400.0):
        mu = float(rng.normal(scale=5))
        x = mu + math.sqrt(sigma2) * rng.normal(scale=1.5, size=12)
        sd = math.sqrt(sigma2)
        cdf = 0.5 * (1 + erf((x - mu) / math.sqrt(2 * sigma2)))
        expect_close(normal_pdf(x.copy(), mu, sigma2), density(x, mu, sigma2), rtol=1e-9, atol=1e-12,
                     what="normal_pdf(x, mu, sigma2) on an array",
                     misconceptions={SIGMA2_AS_SD: density(x, mu, sigma2 ** 2),
                                     SD_AS_VARIANCE: density(x, mu, sd),
                                     MIXED_UP: density(x, mu, sigma2) * sd / sigma2,
                                     CDF_FOR_PDF: cdf})
        expect_close(normal_cdf(x.copy(), mu, sigma2), cdf, rtol=1e-9, atol=1e-12,
                     what="normal_cdf(x, mu, sigma2) on an array",
                     misconceptions={
                         SIGMA2_AS_SD: 0.5 * (1 + erf((x - mu) / (math.sqrt(2) * sigma2))),
                         SD_AS_VARIANCE: 0.5 * (1 + erf((x - mu) / math.sqrt(2 * sd))),
                         ERF_NO_SQRT2: 0.5 * (1 + erf((x - mu) / sd)),
                         PDF_FOR_CDF: density(x, mu, sigma2),
                         SURVIVAL: 1 - cdf,
                     })


@test_case(points=0.25, hidden=True)
def test_shapes_integers_and_tails(normal_pdf, normal_cdf):
    """2-D, integer and empty inputs keep their shape; far in the tails the pdf is 0 and the cdf 0 or 1, never nan"""
    erf = np.vectorize(math.erf, otypes=[float])
    x = np.array([[0, 1, 2], [3, 4, 5]])

    def density(x, mu, var):
        return np.exp(-((x - mu) ** 2) / (2 * var)) / np.sqrt(2 * np.pi * var)

    expect_close(normal_pdf(x.copy(), 2, 3), density(x, 2.0, 3.0), what="normal_pdf on a (2, 3) integer array",
                 misconceptions={SIGMA2_AS_SD: density(x, 2.0, 9.0), SD_AS_VARIANCE: density(x, 2.0, math.sqrt(3.0))})
    expect_close(normal_cdf(x.copy(), 2, 3), 0.5 * (1 + erf((x - 2.0) / math.sqrt(6.0))),
                 what="normal_cdf on a (2, 3) integer array")
    far = np.array([-1e4, -60.0, 60.0, 1e4])
    pdf = normal_pdf(far.copy(), 0.0, 1.0)
    expect_true(bool(np.all(np.isfinite(np.asarray(pdf, dtype=float)))),
                f"normal_pdf far in the tails returned {pdf!r}.", verdict="nan or inf far in the tails")
    expect_close(pdf, np.zeros(4), atol=1e-300, what="normal_pdf far in the tails")
    expect_close(normal_cdf(far.copy(), 0.0, 1.0), np.array([0.0, 0.0, 1.0, 1.0]), atol=1e-12,
                 what="normal_cdf far in the tails")
    for func, name in ((normal_pdf, "normal_pdf"), (normal_cdf, "normal_cdf")):
        what = f"{name}(np.array([]), 0.0, 1.0) on an empty array"
        try:
            got = func(np.array([]), 0.0, 1.0)
        except ValueError as exc:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError on an empty array", hint=EMPTY_VECTORIZE)
        expect_close(got, np.zeros(0), what=what)


@test_case(points=0.25, hidden=True)
def test_scales_and_float_arrays(normal_pdf, normal_cdf):
    """tiny and huge variances (1e-16, 1e16) with x on the same scale, relative tolerances; float arrays out"""
    erf = np.vectorize(math.erf, otypes=[float])
    z = np.array([-2.0, -0.5, 0.0, 1.0, 3.0])
    for sd, mu in ((1e-8, 3e-8), (1e8, -2e8)):
        sigma2 = sd * sd
        x = mu + sd * z
        pdf = np.exp(-z ** 2 / 2) / (math.sqrt(2 * math.pi) * sd)
        what = f"normal_pdf(x, {mu:g}, {sigma2:g}) with x = mu + sd·[-2, -0.5, 0, 1, 3]"
        try:
            got = normal_pdf(x.copy(), mu, sigma2)
        except ValueError as exc:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict="raised ValueError for a small (or large) but positive variance",
                        hint="any sigma2 > 0 is a valid variance, however small or large: raise only "
                             "when sigma2 <= 0, with no threshold of your own.")
        expect_array(got, what=what)
        expect_close(got, pdf, rtol=1e-9, atol=0.0, what=what,
                     misconceptions={SIGMA2_AS_SD: np.exp(-(x - mu) ** 2 / (2 * sigma2 ** 2)) / (math.sqrt(2 * math.pi) * sigma2)})
        what = f"normal_cdf(x, {mu:g}, {sigma2:g}) with x = mu + sd·[-2, -0.5, 0, 1, 3]"
        got = normal_cdf(x.copy(), mu, sigma2)
        expect_array(got, what=what)
        expect_close(got, 0.5 * (1 + erf(z / math.sqrt(2))), rtol=1e-6, atol=1e-12, what=what)
    what = "normal_pdf(np.array([0, 1, 2]), 1, 1) with integer arguments"
    got = normal_pdf(np.array([0, 1, 2]), 1, 1)
    expect_array(got, what=what)
    expect_close(got, np.exp(-np.array([1.0, 0.0, 1.0]) / 2) / math.sqrt(2 * math.pi), what=what)
    what = "normal_cdf(np.array([0, 1, 2]), 1, 1) with integer arguments"
    got = normal_cdf(np.array([0, 1, 2]), 1, 1)
    expect_array(got, what=what)
    expect_close(got, 0.5 * (1 + erf(np.array([-1.0, 0.0, 1.0]) / math.sqrt(2))), what=what)


@test_case(points=0.25, hidden=True)
def test_inputs_unchanged(normal_pdf, normal_cdf):
    """the array x is left unchanged"""
    rng = np.random.default_rng(3302)
    x = rng.normal(size=7) * 3
    x0 = x.copy()
    normal_pdf(x, 1.5, 2.0)
    expect_unchanged(x0, x, what="the array x passed to normal_pdf")
    normal_cdf(x, 1.5, 2.0)
    expect_unchanged(x0, x, what="the array x passed to normal_cdf")
