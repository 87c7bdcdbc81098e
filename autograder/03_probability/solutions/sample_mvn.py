def sample_mvn(mu, Sigma, n, rng):
    """Return an (n, D) array whose rows are independent draws from N(mu, Sigma), drawn with rng."""
    mu = np.asarray(mu, dtype=float)
    Sigma = np.asarray(Sigma, dtype=float)
    D = mu.shape[0]
    if mu.ndim != 1 or Sigma.shape != (D, D):
        raise ValueError(f"mu has shape {mu.shape} but Sigma has shape {Sigma.shape}")
    L = cholesky_factor(Sigma)
    Z = rng.standard_normal((n, D))
    return mu + Z @ L.T
