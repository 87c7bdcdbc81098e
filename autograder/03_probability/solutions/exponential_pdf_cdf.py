def exponential_pdf(x, lam):
    """Return the density of the exponential distribution with RATE lam at x, element-wise."""
    if not lam > 0:
        raise ValueError(f"the rate lam must be positive, got {lam}")
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, lam * np.exp(-lam * np.maximum(x, 0.0)), 0.0)


def exponential_cdf(x, lam):
    """Return P(X <= x) for the exponential distribution with RATE lam, element-wise."""
    if not lam > 0:
        raise ValueError(f"the rate lam must be positive, got {lam}")
    x = np.asarray(x, dtype=float)
    return np.where(x >= 0, -np.expm1(-lam * np.maximum(x, 0.0)), 0.0)
