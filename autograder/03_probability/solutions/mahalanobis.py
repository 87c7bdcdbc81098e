def mahalanobis(x, mu, Sigma):
    """Return the Mahalanobis distance of x (shape (D,)) or of each row of x (shape (N, D)) from mu."""
    x = np.asarray(x, dtype=float)
    mu = np.asarray(mu, dtype=float)
    D = mu.shape[0]
    if x.ndim not in (1, 2) or x.shape[-1] != D:
        raise ValueError(f"points must have length {D}, got x of shape {x.shape}")
    L = cholesky_factor(Sigma)
    residuals = np.atleast_2d(x - mu)              # (N, D)
    Z = np.linalg.solve(L, residuals.T)            # column i solves L z = x_i - mu
    distances = np.sqrt(np.sum(Z ** 2, axis=0))
    return float(distances[0]) if x.ndim == 1 else distances
