"""Wrong implementations of `exponential_pdf` and `exponential_cdf`."""
import math

import numpy as np


def _check(lam):
    if not lam > 0:
        raise ValueError("lam must be positive")


def pdf_scale(x, lam):
    """lam used as the scale (mean)."""
    _check(lam)
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, np.exp(-np.maximum(x, 0) / lam) / lam, 0.0)


def pdf_returns_cdf(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, 1 - np.exp(-lam * np.maximum(x, 0)), 0.0)


def pdf_no_support(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    return lam * np.exp(-lam * x)


def pdf_indicator_product(x, lam):
    """(x >= 0) * λe^(−λx): inf · 0 = nan for very negative x."""
    _check(lam)
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        return (x >= 0) * lam * np.exp(-lam * x)


def pdf_no_validation(x, lam):
    x = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        return np.where(x >= 0, lam * np.exp(-lam * np.maximum(x, 0)), 0.0)


def pdf_in_place(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    neg = x < 0
    np.maximum(x, 0, out=x)
    return np.where(neg, 0.0, lam * np.exp(-lam * x))


def cdf_scale(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, 1 - np.exp(-np.maximum(x, 0) / lam), 0.0)


def cdf_returns_pdf(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, lam * np.exp(-lam * np.maximum(x, 0)), 0.0)


def cdf_survival(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, np.exp(-lam * np.maximum(x, 0)), 1.0)


def cdf_no_support(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    return 1 - np.exp(-lam * x)


def cdf_indicator_product(x, lam):
    _check(lam)
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        return (x >= 0) * (1 - np.exp(-lam * x))


def pdf_scipy(x, lam):
    import scipy.stats
    if not lam > 0:
        raise ValueError("lam must be positive")
    return scipy.stats.expon.pdf(x, scale=1 / lam)


def cdf_scipy(x, lam):
    from scipy.stats import expon
    if not lam > 0:
        raise ValueError("lam must be positive")
    return expon.cdf(x, scale=1 / lam)


def pdf_rate_threshold(x, lam):
    """Rejects small rates with a threshold of its own."""
    if lam < 1e-6:
        raise ValueError("lam must be positive")
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, lam * np.exp(-lam * np.maximum(x, 0.0)), 0.0)


def pdf_strict_at_zero(x, lam):
    """x > 0 instead of x >= 0: the density at 0 comes out 0 instead of lam."""
    if not lam > 0:
        raise ValueError("lam must be positive")
    x = np.asarray(x, dtype=float)
    return np.where(x > 0, lam * np.exp(-lam * np.maximum(x, 0.0)), 0.0)


def cdf_list(x, lam):
    """A list comprehension with math.exp: right values, but a list for array input."""
    if not lam > 0:
        raise ValueError("lam must be positive")
    if np.ndim(x) == 0:
        return 1 - math.exp(-lam * x) if x >= 0 else 0.0
    return [1 - math.exp(-lam * v) if v >= 0 else 0.0 for v in np.ravel(x)]


MUTANTS = [
    ("exponential_pdf", pdf_scale, "you used lam as the SCALE"),
    ("exponential_pdf", pdf_returns_cdf, "returned the cdf"),
    ("exponential_pdf", pdf_no_support, "for x < 0 the density and the cdf are 0"),
    ("exponential_pdf", pdf_indicator_product, "inf · 0"),
    ("exponential_pdf", pdf_no_validation, None),
    ("exponential_pdf", pdf_in_place, "in place"),
    ("exponential_cdf", cdf_scale, "you used lam as the SCALE"),
    ("exponential_cdf", cdf_returns_pdf, "you returned the density"),
    ("exponential_cdf", cdf_survival, "P(X > x)"),
    ("exponential_cdf", cdf_no_support, "for x < 0 the density and the cdf are 0"),
    ("exponential_cdf", cdf_indicator_product, "inf · 0"),
    ("exponential_pdf", pdf_scipy, "asks you not to use"),
    ("exponential_cdf", cdf_scipy, "asks you not to use"),
    ("exponential_pdf", pdf_rate_threshold, "no threshold of your own"),
    ("exponential_pdf", pdf_strict_at_zero, "not x > 0"),
    ("exponential_cdf", cdf_list, "NumPy array"),
]
