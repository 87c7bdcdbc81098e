def clt_standardised_means(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """Return reps standardised means (mean of n draws - mu) / sqrt(sigma2 / n), shape (reps,)."""
    u = rng.random((reps, n))
    means = np.asarray(inverse_cdf(u), dtype=float).mean(axis=1)
    return (means - mu) / np.sqrt(sigma2 / n)
