"""Wrong implementations of `poisson_pmf` and `poisson_cdf`."""
import math

import numpy as np


def _check(lam):
    if not lam > 0:
        raise ValueError("lam must be positive")


def _log_fact(k):
    return np.vectorize(math.lgamma, otypes=[float])(np.asarray(k) + 1.0)


def _pmf(k, lam):
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0)
    return np.where(k >= 0, np.exp(kk * np.log(lam) - lam - _log_fact(kk)), 0.0)


def factorial_formula(k, lam):
    """lam**k / k! with Python floats and a hand-made factorial: OverflowError for large k."""
    _check(lam)

    def one(kk):
        if kk < 0:
            return 0.0
        fact = 1
        for i in range(2, int(kk) + 1):
            fact *= i
        return lam ** int(kk) * math.exp(-lam) / fact

    return np.vectorize(one, otypes=[float])(np.asarray(k))


def numpy_powers(k, lam):
    """lam**k and k! as float64 products: inf / inf = nan."""
    _check(lam)
    k = np.asarray(k)
    out = np.zeros(k.shape)
    for idx, kk in np.ndenumerate(k):
        if kk >= 0:
            with np.errstate(all="ignore"):
                out[idx] = np.float64(lam) ** kk * np.exp(-lam) / np.prod(np.arange(1, kk + 1, dtype=float))
    return out


def log10_factorial(k, lam):
    _check(lam)
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0)
    return np.where(k >= 0, np.exp(kk * np.log(lam) - lam - _log_fact(kk) / math.log(10)), 0.0)


def negative_k_not_zero(k, lam):
    """lgamma of k + 1 <= 0 for negative k: raises or gives garbage."""
    _check(lam)
    k = np.asarray(k)
    return np.exp(k * np.log(lam) - lam - _log_fact(k))


def pmf_returns_cdf(k, lam):
    return cdf_reference(k, lam)


def cdf_reference(k, lam):
    _check(lam)
    k = np.asarray(k)
    top = max(int(np.max(k)), 0)
    running = np.cumsum(_pmf(np.arange(top + 1), lam))
    return np.where(k >= 0, running[np.clip(k, 0, top)], 0.0)


def cdf_stops_before_k(k, lam):
    _check(lam)
    k = np.asarray(k)

    def one(kk):
        return float(sum(_pmf(i, lam) for i in range(int(kk))))

    return np.vectorize(one, otypes=[float])(k)


def cdf_skips_zero(k, lam):
    _check(lam)
    k = np.asarray(k)

    def one(kk):
        return float(sum(_pmf(i, lam) for i in range(1, int(kk) + 1)))

    return np.vectorize(one, otypes=[float])(k)


def cdf_returns_pmf(k, lam):
    _check(lam)
    return _pmf(k, lam)


def cdf_negative_index_wraps(k, lam):
    """Indexes the running sums with k directly: k = -1 picks the LAST partial sum."""
    _check(lam)
    k = np.asarray(k)
    top = max(int(np.max(k)), 0)
    running = np.cumsum(_pmf(np.arange(top + 1), lam))
    return running[k]


def cdf_with_factorials(k, lam):
    _check(lam)

    def one(kk):
        total, term = 0.0, math.exp(-lam)
        for i in range(int(kk) + 1):
            total += lam ** i * math.exp(-lam) / math.prod(range(1, i + 1))
        return total if kk >= 0 else 0.0

    return np.vectorize(one, otypes=[float])(np.asarray(k))


def no_validation(k, lam):
    k = np.asarray(k)
    kk = np.where(k >= 0, k, 0)
    with np.errstate(all="ignore"):
        return np.where(k >= 0, np.exp(kk * np.log(lam) - lam - _log_fact(kk)), 0.0)


def factorial_one_liner(k, lam):
    """Reaches for math.factorial, which the task rules out."""
    _check(lam)
    return np.vectorize(lambda kk: lam ** kk * math.exp(-lam) / math.factorial(kk) if kk >= 0 else 0.0,
                        otypes=[float])(np.asarray(k))


def cdf_factorial_terms(k, lam):
    _check(lam)
    return np.vectorize(lambda kk: sum(math.exp(i * math.log(lam) - lam) / math.factorial(i)
                                       for i in range(int(kk) + 1)), otypes=[float])(np.asarray(k))


def scipy_pmf(k, lam):
    from scipy.stats import poisson
    _check(lam)
    return poisson.pmf(k, lam)


def scipy_cdf(k, lam):
    import scipy.stats as st
    _check(lam)
    return st.poisson.cdf(k, lam)


def cdf_as_list(k, lam):
    """Right values, returned as a Python list."""
    _check(lam)
    k = np.asarray(k)
    if k.ndim == 0:
        return float(np.sum(_pmf(np.arange(int(k) + 1), lam))) if k >= 0 else 0.0
    return [float(np.sum(_pmf(np.arange(int(kk) + 1), lam))) if kk >= 0 else 0.0 for kk in k.ravel()]


def cdf_upper_tail_complement(k, lam):
    """1 minus the sum of the pmf ABOVE k (truncated at k + 50): loses the small values."""
    _check(lam)
    k = np.asarray(k)

    def one(kk):
        if kk < 0:
            return 0.0
        return 1.0 - float(np.sum(_pmf(np.arange(int(kk) + 1, int(kk) + 51), lam)))

    return np.vectorize(one, otypes=[float])(k)



def cdf_crashes_when_all_negative(k, lam):
    """Indexes np.cumsum of the pmf on 0..max(k): when every k is negative that range is empty (IndexError)."""
    _check(lam)
    k = np.asarray(k)
    running = np.cumsum(_pmf(np.arange(int(np.max(k)) + 1), lam))
    return np.where(k < 0, 0.0, running[np.maximum(k, 0)])


def cdf_flattens_k(k, lam):
    """Ravels k before indexing the running sums: a 2-D k comes back 1-D."""
    _check(lam)
    k = np.asarray(k)
    flat = np.ravel(k)
    top = max(int(np.max(flat)), 0)
    running = np.cumsum(_pmf(np.arange(top + 1), lam))
    out = np.where(flat < 0, 0.0, running[np.clip(flat, 0, top)])
    return out if k.ndim else float(out[0])


MUTANTS = [
    ("poisson_pmf", factorial_formula, "overflow floats"),
    ("poisson_pmf", numpy_powers, "overflow floats"),
    ("poisson_pmf", log10_factorial, None),
    ("poisson_pmf", negative_k_not_zero, "for k < 0 the pmf and the cdf are 0.0"),
    ("poisson_pmf", pmf_returns_cdf, "you returned the cdf"),
    ("poisson_pmf", no_validation, None),
    ("poisson_cdf", cdf_stops_before_k, "stops one term early"),
    ("poisson_cdf", cdf_skips_zero, "leaves out P(N = 0)"),
    ("poisson_cdf", cdf_returns_pmf, "you returned the pmf"),
    ("poisson_cdf", cdf_negative_index_wraps, "for k < 0 the pmf and the cdf are 0.0"),
    ("poisson_cdf", cdf_with_factorials, "overflow floats"),
    ("poisson_pmf", factorial_one_liner, "asks you not to use"),
    ("poisson_cdf", cdf_factorial_terms, "asks you not to use"),
    ("poisson_pmf", scipy_pmf, "asks you not to use"),
    ("poisson_cdf", scipy_cdf, "asks you not to use"),
    ("poisson_cdf", cdf_as_list, "NumPy array"),
    ("poisson_cdf", cdf_upper_tail_complement, None),
    ("poisson_cdf", cdf_crashes_when_all_negative, "for k < 0 the pmf and the cdf are 0.0"),
    ("poisson_cdf", cdf_flattens_k, "same shape"),
]
