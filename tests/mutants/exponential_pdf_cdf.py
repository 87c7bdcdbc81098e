"""Wrong implementations of `exponential_pdf` and `exponential_cdf`."""
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


MUTANTS = [
    ("exponential_pdf", pdf_scale, "you used lam as the SCALE"),
    ("exponential_pdf", pdf_returns_cdf, "you returned the cdf"),
    ("exponential_pdf", pdf_no_support, "for x < 0 the density and the cdf are 0"),
    ("exponential_pdf", pdf_indicator_product, "inf · 0"),
    ("exponential_pdf", pdf_no_validation, None),
    ("exponential_pdf", pdf_in_place, "in place"),
    ("exponential_cdf", cdf_scale, "you used lam as the SCALE"),
    ("exponential_cdf", cdf_returns_pdf, "you returned the density"),
    ("exponential_cdf", cdf_survival, "P(X > x)"),
    ("exponential_cdf", cdf_no_support, "for x < 0 the density and the cdf are 0"),
    ("exponential_cdf", cdf_indicator_product, "inf · 0"),
]
