def poisson_pmf(k, lam):
    """Return P(N = k) for N ~ Poisson(lam), element-wise in k, computed in log space."""
    if not lam > 0:
        raise ValueError(f"the Poisson mean lam must be positive, got {lam}")
    k = np.asarray(k)
    inside = k >= 0
    kk = np.where(inside, k, 0)
    return np.where(inside, np.exp(kk * np.log(lam) - lam - log_factorial(kk)), 0.0)


def poisson_cdf(k, lam):
    """Return P(N <= k) for N ~ Poisson(lam), element-wise in k."""
    if not lam > 0:
        raise ValueError(f"the Poisson mean lam must be positive, got {lam}")
    k = np.asarray(k)
    top = max(int(np.max(k)), 0)
    running = np.cumsum(poisson_pmf(np.arange(top + 1), lam))
    return np.where(k >= 0, running[np.clip(k, 0, top)], 0.0)
