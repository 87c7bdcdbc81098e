"""Wrong implementations of `normal_pdf` and `normal_cdf`."""
import math

import numpy as np

_erf = np.vectorize(math.erf, otypes=[float])


def _check(sigma2):
    if not sigma2 > 0:
        raise ValueError("sigma2 must be positive")


def pdf_sigma2_as_sd(x, mu, sigma2):
    """Reads the third argument as σ: the variance becomes sigma2**2."""
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    sigma = sigma2
    return np.exp(-((x - mu) ** 2) / (2 * sigma ** 2)) / (sigma * np.sqrt(2 * np.pi))


def pdf_sd_as_variance(x, mu, sigma2):
    """Takes σ = √sigma2 and then uses σ where σ² belongs."""
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    sigma = np.sqrt(sigma2)
    return np.exp(-((x - mu) ** 2) / (2 * sigma)) / np.sqrt(2 * np.pi * sigma)


def pdf_normaliser_uses_variance(x, mu, sigma2):
    """Right exponent, but divides by sigma2·√(2π) instead of √(2π·sigma2)."""
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return np.exp(-((x - mu) ** 2) / (2 * sigma2)) / (sigma2 * np.sqrt(2 * np.pi))


def pdf_returns_cdf(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return 0.5 * (1 + _erf((x - mu) / np.sqrt(2 * sigma2)))


def pdf_no_validation(x, mu, sigma2):
    x = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        return np.exp(-((x - mu) ** 2) / (2 * sigma2)) / np.sqrt(2 * np.pi * np.abs(sigma2))


def pdf_in_place(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    x -= mu
    return np.exp(-(x ** 2) / (2 * sigma2)) / np.sqrt(2 * np.pi * sigma2)


def cdf_sigma2_as_sd(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return 0.5 * (1 + _erf((x - mu) / (sigma2 * np.sqrt(2))))


def cdf_sd_as_variance(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return 0.5 * (1 + _erf((x - mu) / np.sqrt(2 * np.sqrt(sigma2))))


def cdf_without_sqrt2(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return 0.5 * (1 + _erf((x - mu) / np.sqrt(sigma2)))


def cdf_returns_pdf(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return np.exp(-((x - mu) ** 2) / (2 * sigma2)) / np.sqrt(2 * np.pi * sigma2)


def cdf_without_half(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return 1 + _erf((x - mu) / np.sqrt(2 * sigma2))


def cdf_survival(x, mu, sigma2):
    _check(sigma2)
    x = np.asarray(x, dtype=float)
    return 0.5 * (1 - _erf((x - mu) / np.sqrt(2 * sigma2)))


def cdf_scalar_only(x, mu, sigma2):
    """math.erf on the whole array: TypeError for arrays."""
    _check(sigma2)
    return 0.5 * (1 + math.erf((x - mu) / math.sqrt(2 * sigma2)))


def pdf_scipy(x, mu, sigma2):
    from scipy.stats import norm
    _check(sigma2)
    return norm.pdf(x, loc=mu, scale=np.sqrt(sigma2))


def cdf_scipy_erf(x, mu, sigma2):
    """Right formula, but scipy.special.erf instead of math.erf made element-wise."""
    from scipy.special import erf
    _check(sigma2)
    return 0.5 * (1 + erf((np.asarray(x, dtype=float) - mu) / np.sqrt(2 * sigma2)))


def pdf_variance_threshold(x, mu, sigma2):
    """Treats a tiny variance as invalid: raises for sigma2 below a threshold of its own."""
    if sigma2 < 1e-12:
        raise ValueError("sigma2 too small")
    x = np.asarray(x, dtype=float)
    return np.exp(-((x - mu) ** 2) / (2 * sigma2)) / np.sqrt(2 * np.pi * sigma2)


def cdf_list_comprehension(x, mu, sigma2):
    """math.erf in a list comprehension: right values, but a list instead of an array."""
    _check(sigma2)
    if np.ndim(x) == 0:
        return 0.5 * (1 + math.erf((x - mu) / math.sqrt(2 * sigma2)))
    return [0.5 * (1 + math.erf((v - mu) / math.sqrt(2 * sigma2))) for v in np.ravel(x)]


def pdf_without_asarray_int(x, mu, sigma2):
    """Right formula evaluated on the caller's integer array, but the result rounded back to it."""
    _check(sigma2)
    out = np.zeros_like(np.asarray(x))
    out[...] = np.exp(-((np.asarray(x) - mu) ** 2) / (2 * sigma2)) / np.sqrt(2 * np.pi * sigma2)
    return out



def cdf_vectorize_without_otypes(x, mu, sigma2):
    """np.vectorize(math.erf) without otypes: fine on non-empty input, ValueError on an empty array."""
    if not sigma2 > 0:
        raise ValueError("sigma2 must be positive")
    erf = np.vectorize(math.erf)
    return 0.5 * (1 + erf((np.asarray(x, dtype=float) - mu) / math.sqrt(2 * sigma2)))


MUTANTS = [
    ("normal_pdf", pdf_sigma2_as_sd, "you treated the third argument as the standard deviation"),
    ("normal_pdf", pdf_sd_as_variance, "you used the standard deviation σ = √sigma2 where the variance belongs"),
    ("normal_pdf", pdf_normaliser_uses_variance, "inconsistently"),
    ("normal_pdf", pdf_returns_cdf, "you returned the cdf"),
    ("normal_pdf", pdf_no_validation, None),
    ("normal_pdf", pdf_in_place, "in place"),
    ("normal_cdf", cdf_sigma2_as_sd, "you treated the third argument as the standard deviation"),
    ("normal_cdf", cdf_sd_as_variance, "you used the standard deviation σ = √sigma2 where the variance belongs"),
    ("normal_cdf", cdf_without_sqrt2, "you left out the √2"),
    ("normal_cdf", cdf_returns_pdf, "you returned the density"),
    ("normal_cdf", cdf_without_half, "½(1 + erf(…))"),
    ("normal_cdf", cdf_survival, "P(X > x)"),
    ("normal_cdf", cdf_scalar_only, "np.vectorize(math.erf"),
    ("normal_pdf", pdf_scipy, "asks you not to use"),
    ("normal_cdf", cdf_scipy_erf, "asks you not to use"),
    ("normal_pdf", pdf_variance_threshold, "no threshold of your own"),
    ("normal_cdf", cdf_list_comprehension, "NumPy array"),
    ("normal_pdf", pdf_without_asarray_int, "dtype"),
    ("normal_cdf", cdf_vectorize_without_otypes, "otypes=[float]"),
]
