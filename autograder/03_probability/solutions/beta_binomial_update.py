def beta_binomial_update(alpha, beta, k, n):
    """Return the Beta posterior parameters (alpha + k, beta + n - k) after k successes in n trials."""
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError(f"alpha and beta must be positive and finite, got {alpha}, {beta}")
    if not (np.isfinite(k) and np.isfinite(n) and k == np.floor(k) and n == np.floor(n)):
        raise ValueError(f"k and n must be whole numbers, got k={k}, n={n}")
    if not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n, got k={k}, n={n}")
    return float(alpha + k), float(beta + n - k)


def posterior_history(alpha, beta, flips):
    """Return an (n + 1, 2) array of Beta parameters: the prior, then the posterior after each flip."""
    flips = np.asarray(flips)
    if flips.ndim != 1 or not np.all((flips == 0) | (flips == 1)):
        raise ValueError("flips must be a 1-D sequence of 0s and 1s")
    history = np.empty((len(flips) + 1, 2))
    history[0] = beta_binomial_update(alpha, beta, 0, 0)    # validates the prior
    for t, flip in enumerate(flips, start=1):
        history[t] = beta_binomial_update(history[t - 1, 0], history[t - 1, 1], int(flip), 1)
    return history
