def exponential_inverse_cdf(u, lam):
    """Return the exponential (RATE lam) quantile F^{-1}(u), element-wise for u in [0, 1)."""
    if not lam > 0:
        raise ValueError(f"the rate lam must be positive, got {lam}")
    u = np.asarray(u, dtype=float)
    if np.any((u < 0) | (u >= 1)):
        raise ValueError("probabilities u must lie in [0, 1)")
    return -np.log1p(-u) / lam


def inverse_transform_sample(inverse_cdf, n, *, rng):
    """Return n samples inverse_cdf(U) for U uniform on [0, 1), drawn from rng, shape (n,)."""
    u = rng.random(n)
    return np.asarray(inverse_cdf(u), dtype=float)
