"""Valid alternatives to `bernoulli_pmf`, `log_factorial` and `binomial_pmf` that must earn full marks."""
import math

import numpy as np


def bernoulli_by_cases(k, p):
    """One number at a time, through np.vectorize."""
    if p < 0 or p > 1:
        raise ValueError("p outside [0, 1]")
    return np.vectorize(lambda kk: p if kk == 1 else (1 - p if kk == 0 else 0.0), otypes=[float])(k)


def log_factorial_cumsum_table(m):
    """A table of cumulative sums of logs, log m! = log 1 + ... + log m, indexed by m."""
    m = np.asarray(m)
    if np.any(m < 0):
        raise ValueError("m must be >= 0")
    top = int(np.max(m)) if m.size else 0
    table = np.concatenate([[0.0], np.cumsum(np.log(np.arange(1, top + 1, dtype=float)))])
    return table[m]


def binomial_with_exact_comb(k, n, p):
    """log of the exact integer math.comb (math.log takes big integers), one k at a time."""
    if not 0 <= p <= 1:
        raise ValueError("p outside [0, 1]")
    if n < 0:
        raise ValueError("n must be >= 0")

    def one(kk):
        kk = int(kk)
        if kk < 0 or kk > n:
            return 0.0
        if (p == 0 and kk > 0) or (p == 1 and kk < n):
            return 0.0
        log_pmf = math.log(math.comb(n, kk))
        if kk > 0:
            log_pmf += kk * math.log(p)
        if n - kk > 0:
            log_pmf += (n - kk) * math.log(1 - p)
        return math.exp(log_pmf)

    return np.vectorize(one, otypes=[float])(np.asarray(k))


def binomial_with_lgamma_loop(k, n, p):
    """math.lgamma in an explicit loop over np.ndindex, filling a float array."""
    if p < 0.0 or p > 1.0 or n < 0:
        raise ValueError("invalid parameters")
    k = np.asarray(k)
    out = np.zeros(k.shape, dtype=float)
    for idx in np.ndindex(k.shape):
        kk = int(k[idx])
        if 0 <= kk <= n:
            terms = math.lgamma(n + 1) - math.lgamma(kk + 1) - math.lgamma(n - kk + 1)
            if kk:
                terms += kk * math.log(p) if p > 0 else -math.inf
            if n - kk:
                terms += (n - kk) * math.log1p(-p) if p < 1 else -math.inf
            out[idx] = math.exp(terms)
    return out


ALTERNATIVES = [
    ("bernoulli_pmf", bernoulli_by_cases),
    ("log_factorial", log_factorial_cumsum_table),
    ("binomial_pmf", binomial_with_exact_comb),
    ("binomial_pmf", binomial_with_lgamma_loop),
]
