"""Wrong implementations of `bernoulli_pmf`, `log_factorial` and `binomial_pmf`."""
import math

import numpy as np


def _lgamma(x):
    return np.vectorize(math.lgamma, otypes=[float])(x)


def _check_p(p):
    if not 0.0 <= p <= 1.0:
        raise ValueError("p outside [0, 1]")


def factorial_binomial(k, n, p):
    """The textbook formula with math.factorial: OverflowError once n! exceeds the float range."""
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")

    def one(kk):
        if kk < 0 or kk > n:
            return 0.0
        return math.factorial(n) / (math.factorial(kk) * math.factorial(n - kk)) * p ** kk * (1 - p) ** (n - kk)

    k = np.asarray(k)
    return np.vectorize(one, otypes=[float])(k)


def recursion_underflow(k, n, p):
    """P(0) = (1 − p)**n, then P(i + 1) = P(i) · (n − i)/(i + 1) · p/(1 − p): (1 − p)**n underflows
    to 0.0 for large n, and every later term stays 0."""
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")
    k = np.asarray(k)
    table = np.zeros(n + 1)
    table[0] = (1 - p) ** n
    for i in range(n):
        with np.errstate(all="ignore"):
            table[i + 1] = table[i] * (n - i) / (i + 1) * (p / (1 - p) if p < 1 else np.inf)
    inside = (k >= 0) & (k <= n)
    return np.where(inside, table[np.clip(k, 0, n)], 0.0)


def nprod_factorials(k, n, p):
    """Factorials as float products: inf / inf = nan for large n."""
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")
    fact = lambda m: np.prod(np.arange(1, m + 1, dtype=float))  # noqa: E731
    k = np.asarray(k)
    out = np.zeros(k.shape)
    for idx, kk in np.ndenumerate(k):
        if 0 <= kk <= n:
            with np.errstate(all="ignore"):
                out[idx] = fact(n) / (fact(kk) * fact(n - kk)) * p ** kk * (1 - p) ** (n - kk)
    return out


def swapped_p(k, n, p):
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")
    k = np.asarray(k)
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pmf = (_lgamma(n + 1.0) - _lgamma(kk + 1.0) - _lgamma(n - kk + 1.0)
                   + np.where(kk > 0, kk * np.log1p(-p), 0.0) + np.where(n - kk > 0, (n - kk) * np.log(p), 0.0))
    return np.where(inside, np.exp(log_pmf), 0.0)


def no_support_check(k, n, p):
    """Forgets that k outside 0..n has probability 0: lgamma(0) raises ValueError."""
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")
    k = np.asarray(k)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pmf = (_lgamma(n + 1.0) - _lgamma(k + 1.0) - _lgamma(n - k + 1.0)
                   + np.where(k > 0, k * np.log(p), 0.0) + np.where(n - k > 0, (n - k) * np.log1p(-p), 0.0))
    return np.exp(log_pmf)


def nan_at_degenerate_p(k, n, p):
    """k·log p with p = 0 gives 0·(−inf) = nan."""
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")
    k = np.asarray(k)
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pmf = (_lgamma(n + 1.0) - _lgamma(kk + 1.0) - _lgamma(n - kk + 1.0)
                   + kk * np.log(p) + (n - kk) * np.log1p(-p))
    return np.where(inside, np.exp(log_pmf), 0.0)


def no_validation(k, n, p):
    k = np.asarray(k)
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pmf = (_lgamma(n + 1.0) - _lgamma(kk + 1.0) - _lgamma(n - kk + 1.0)
                   + np.where(kk > 0, kk * np.log(p), 0.0) + np.where(n - kk > 0, (n - kk) * np.log1p(-p), 0.0))
    return np.where(inside, np.exp(log_pmf), 0.0)


def bernoulli_always_p(k, p):
    _check_p(p)
    k = np.asarray(k)
    return np.where((k == 0) | (k == 1), float(p), 0.0)


def bernoulli_formula_everywhere(k, p):
    """p**k (1-p)**(1-k) for every k, including k = 2."""
    _check_p(p)
    k = np.asarray(k, dtype=float)
    return p ** k * (1 - p) ** (1 - k)


def log_factorial_log10(m):
    m = np.asarray(m)
    if np.any(m < 0):
        raise ValueError("negative")
    return _lgamma(m + 1.0) / math.log(10)


def log_factorial_via_factorial(m):
    """np.log of math.factorial: fine for small m, fails for 1000 (too large for a float)."""
    m = np.asarray(m)
    if np.any(m < 0):
        raise ValueError("negative")
    return np.vectorize(lambda v: np.log(float(math.factorial(int(v)))), otypes=[float])(m)


def log_factorial_off_by_one(m):
    m = np.asarray(m)
    if np.any(m < 0):
        raise ValueError("negative")
    return _lgamma(m + 0.0 + (m == 0))  # log Γ(m) = log (m-1)!


def scipy_bernoulli(k, p):
    """The library one-liner the notebook's ground rules exclude."""
    import scipy.stats
    _check_p(p)
    return scipy.stats.bernoulli.pmf(k, p)


def scipy_gammaln(m):
    from scipy.special import gammaln
    m = np.asarray(m)
    if np.any(m < 0):
        raise ValueError("negative")
    return gammaln(m + 1.0)


def scipy_binom(k, n, p):
    from scipy import stats
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")
    return stats.binom.pmf(k, n, p)


def binomial_as_list(k, n, p):
    """Right numbers, but a Python list built by a comprehension instead of a NumPy array."""
    _check_p(p)
    if n < 0:
        raise ValueError("negative n")

    def one(kk):
        if kk < 0 or kk > n:
            return 0.0
        log_pmf = math.lgamma(n + 1) - math.lgamma(kk + 1) - math.lgamma(n - kk + 1)
        if kk > 0:
            log_pmf += kk * math.log(p) if p > 0 else -math.inf
        if n - kk > 0:
            log_pmf += (n - kk) * math.log1p(-p) if p < 1 else -math.inf
        return math.exp(log_pmf)

    k = np.asarray(k)
    if k.ndim == 0:
        return one(int(k))
    return [one(int(kk)) for kk in k.ravel()] if k.ndim == 1 else np.vectorize(one, otypes=[float])(k)


def strict_p_range(k, n, p):
    """Rejects p = 0 and p = 1, which the task allows."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie in (0, 1)")
    if n < 0:
        raise ValueError("negative n")
    k = np.asarray(k)
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0)
    log_pmf = (_lgamma(n + 1.0) - _lgamma(kk + 1.0) - _lgamma(n - kk + 1.0)
               + kk * np.log(p) + (n - kk) * np.log1p(-p))
    return np.where(inside, np.exp(log_pmf), 0.0)


def bernoulli_negative_k_formula(k, p):
    """Zeroes k > 1 but lets the formula run for k < 0 and fractional k."""
    _check_p(p)
    k = np.asarray(k, dtype=float)
    return np.where(k > 1, 0.0, p ** k * (1 - p) ** (1 - k))


def binomial_zeroes_outside_k_in_place(k, n, p):
    """Sets the caller's out-of-support entries of k to 0 in place before the log-space formula."""
    if n < 0 or not 0 <= p <= 1:
        raise ValueError("invalid parameters")
    k = np.asarray(k)
    outside = (k < 0) | (k > n)
    if k.ndim:
        k[outside] = 0
    kk = np.clip(k, 0, n).astype(float)
    lg = np.vectorize(math.lgamma, otypes=[float])
    with np.errstate(divide="ignore", invalid="ignore"):
        a = np.where(kk == 0, 0.0, kk * np.log(p))
        b = np.where(kk == n, 0.0, (n - kk) * np.log1p(-p))
    log_p = lg(n + 1.0) - lg(kk + 1.0) - lg(n - kk + 1.0) + a + b
    return np.where(outside, 0.0, np.exp(log_p))


MUTANTS = [
    ("binomial_pmf", factorial_binomial, "overflow floats"),
    ("binomial_pmf", recursion_underflow, "underflows to 0.0"),
    ("binomial_pmf", nprod_factorials, "overflow floats"),
    ("binomial_pmf", swapped_p, "swapped p and 1 − p"),
    ("binomial_pmf", no_support_check, "for k < 0 or k > n the probability is 0.0"),
    ("binomial_pmf", nan_at_degenerate_p, "0 · log 0"),
    ("binomial_pmf", no_validation, None),
    ("bernoulli_pmf", bernoulli_always_p, "P(X = 0) is 1 − p"),
    ("bernoulli_pmf", bernoulli_formula_everywhere, "only takes the values 0 and 1"),
    ("bernoulli_pmf", bernoulli_negative_k_formula, "only takes the values 0 and 1"),
    ("bernoulli_pmf", scipy_bernoulli, "asks you not to use"),
    ("log_factorial", scipy_gammaln, "asks you not to use"),
    ("binomial_pmf", scipy_binom, "asks you not to use"),
    ("binomial_pmf", binomial_as_list, "NumPy array"),
    ("binomial_pmf", strict_p_range, "p = 0 and p = 1 are valid parameters"),
    ("log_factorial", log_factorial_log10, "natural logarithm"),
    ("log_factorial", log_factorial_via_factorial, "overflow floats"),
    ("log_factorial", log_factorial_off_by_one, None),
    ("binomial_pmf", binomial_zeroes_outside_k_in_place, None),
]
