def posterior_predictive(alpha, beta, m):
    """Return the beta-binomial probabilities of j = 0..m successes in m further trials."""
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError(f"alpha and beta must be positive and finite, got {alpha}, {beta}")
    if not (np.isfinite(m) and m == np.floor(m) and m >= 0):
        raise ValueError(f"m must be a whole number >= 0, got {m}")
    m = int(m)
    i = np.arange(m)

    def log_rising(start):      # entry j is log(start * (start + 1) * ... * (start + j - 1))
        return np.concatenate([[0.0], np.cumsum(np.log(start + i))])

    j = np.arange(m + 1)
    log_factorial = log_rising(1.0)
    log_choose = log_factorial[m] - log_factorial[j] - log_factorial[m - j]
    log_ratio = log_rising(alpha)[j] + log_rising(beta)[m - j] - log_rising(alpha + beta)[m]
    return np.exp(log_choose + log_ratio)
