def bernoulli_pmf(k, p):
    """Return P(X = k) for X ~ Bernoulli(p), element-wise in k."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must lie in [0, 1], got {p}")
    k = np.asarray(k)
    return np.where(k == 1, float(p), np.where(k == 0, 1.0 - p, 0.0))


def log_factorial(m):
    """Return log(m!) element-wise for non-negative integers m."""
    m = np.asarray(m)
    if np.any(m < 0):
        raise ValueError("m! is only defined for m >= 0")
    return np.vectorize(math.lgamma, otypes=[float])(m + 1.0)


def binomial_pmf(k, n, p):
    """Return P(K = k) for K ~ Bin(n, p), element-wise in k, computed in log space."""
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must lie in [0, 1], got {p}")
    if n < 0:
        raise ValueError(f"n must be a non-negative integer, got {n}")
    k = np.asarray(k)
    inside = (k >= 0) & (k <= n)
    kk = np.where(inside, k, 0)
    log_pmf = log_factorial(n) - log_factorial(kk) - log_factorial(n - kk)
    with np.errstate(divide="ignore", invalid="ignore"):
        log_pmf = (log_pmf + np.where(kk > 0, kk * np.log(p), 0.0)
                   + np.where(n - kk > 0, (n - kk) * np.log1p(-p), 0.0))
    return np.where(inside, np.exp(log_pmf), 0.0)
