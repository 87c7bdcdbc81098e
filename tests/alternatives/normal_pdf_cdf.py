"""Valid alternatives to `normal_pdf` and `normal_cdf` that must earn full marks."""
import math

import numpy as np


def pdf_standardised(x, mu, sigma2):
    """Through z = (x − mu)/σ: exp(−z²/2) / (σ√(2π))."""
    if sigma2 <= 0:
        raise ValueError("variance must be positive")
    sigma = math.sqrt(sigma2)
    z = (np.asarray(x, dtype=float) - mu) / sigma
    return np.exp(-0.5 * z * z) / (sigma * math.sqrt(2 * math.pi))


def cdf_with_erfc(x, mu, sigma2):
    """½ erfc(−z/√2), which keeps the left tail accurate."""
    if not sigma2 > 0:
        raise ValueError("variance must be positive")
    erfc = np.vectorize(math.erfc, otypes=[float])
    return 0.5 * erfc(-(np.asarray(x, dtype=float) - mu) / math.sqrt(2 * sigma2))


def cdf_loop(x, mu, sigma2):
    """math.erf one entry at a time into a float array of x's shape."""
    if not sigma2 > 0:
        raise ValueError("variance must be positive")
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    for idx in np.ndindex(x.shape):
        out[idx] = 0.5 * (1.0 + math.erf((x[idx] - mu) / math.sqrt(2.0 * sigma2)))
    return out


ALTERNATIVES = [
    ("normal_pdf", pdf_standardised),
    ("normal_cdf", cdf_with_erfc),
    ("normal_cdf", cdf_loop),
]
