"""Valid alternatives to `exponential_pdf` and `exponential_cdf` that must earn full marks."""
import math

import numpy as np


def pdf_where_with_overflow_silenced(x, lam):
    """np.where on the raw formula: e^(−λx) overflows for very negative x, but np.where discards it."""
    if lam <= 0:
        raise ValueError("the rate must be positive")
    x = np.asarray(x, dtype=float)
    with np.errstate(over="ignore"):
        return np.where(x >= 0, lam * np.exp(-lam * x), 0.0)


def cdf_one_minus_exp(x, lam):
    """1 − e^(−λx), the form the text says the tests accept, with a boolean mask."""
    if not lam > 0:
        raise ValueError("the rate must be positive")
    x = np.array(x, dtype=float)
    out = np.zeros_like(x)
    mask = x >= 0
    out[mask] = 1.0 - np.exp(-lam * x[mask])
    return out if out.ndim else float(out)


def pdf_loop(x, lam):
    if not lam > 0:
        raise ValueError("the rate must be positive")
    x = np.asarray(x, dtype=float)
    out = np.zeros(x.shape)
    for idx in np.ndindex(x.shape):
        if x[idx] >= 0:
            out[idx] = lam * math.exp(-lam * x[idx])
    return out


ALTERNATIVES = [
    ("exponential_pdf", pdf_where_with_overflow_silenced),
    ("exponential_cdf", cdf_one_minus_exp),
    ("exponential_pdf", pdf_loop),
]
