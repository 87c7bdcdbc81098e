"""Valid alternatives to `poisson_pmf` and `poisson_cdf` that must earn full marks."""
import math

import numpy as np


def pmf_lgamma_loop(k, lam):
    """math.lgamma one entry at a time, into a float array."""
    if lam <= 0:
        raise ValueError("lam must be positive")
    k = np.asarray(k)
    out = np.zeros(k.shape)
    for idx in np.ndindex(k.shape):
        kk = int(k[idx])
        if kk >= 0:
            out[idx] = math.exp(kk * math.log(lam) - lam - math.lgamma(kk + 1))
    return out


def cdf_sum_per_entry(k, lam):
    """For each k, add up the pmf from 0 to k (no cumsum table)."""
    if not lam > 0:
        raise ValueError("lam must be positive")
    k = np.asarray(k)
    out = np.zeros(k.shape, dtype=float)
    for idx in np.ndindex(k.shape):
        kk = int(k[idx])
        if kk >= 0:
            i = np.arange(kk + 1)
            out[idx] = np.sum(np.exp(i * np.log(lam) - lam - np.cumsum(np.log(np.maximum(i, 1)))))
    return out


def cdf_recursive_terms(k, lam):
    """P(N = i + 1) = P(N = i) · lam / (i + 1), started at e^(−lam): fine for lam up to 500."""
    if not lam > 0:
        raise ValueError("lam must be positive")
    k = np.asarray(k)
    top = max(int(np.max(k)), 0) if k.size else 0
    terms = np.empty(top + 1)
    terms[0] = math.exp(-lam)
    for i in range(top):
        terms[i + 1] = terms[i] * lam / (i + 1)
    running = np.cumsum(terms)
    return np.where(k < 0, 0.0, running[np.clip(k, 0, top)])


ALTERNATIVES = [
    ("poisson_pmf", pmf_lgamma_loop),
    ("poisson_cdf", cdf_sum_per_entry),
    ("poisson_cdf", cdf_recursive_terms),
]
