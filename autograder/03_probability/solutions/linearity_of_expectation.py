def affine_moments(mu, Sigma, A, b):
    """Return (A mu + b, A Sigma A^T): the exact mean and covariance of y = A x + b."""
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    D = mu.shape[0]
    if Sigma.shape != (D, D) or A.ndim != 2 or A.shape[1] != D or b.shape != (A.shape[0],):
        raise ValueError(f"shapes do not fit: mu {mu.shape}, Sigma {Sigma.shape}, A {A.shape}, b {b.shape}")
    return A @ mu + b, A @ Sigma @ A.T


def simulate_affine_moments(mu, Sigma, A, b, n, rng):
    """Return the sample mean and unbiased sample covariance of n draws of y = A x + b, x ~ N(mu, Sigma)."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[1] != len(mu) or b.shape != (A.shape[0],):
        raise ValueError(f"shapes do not fit: A {A.shape}, b {b.shape}, mu of length {len(mu)}")
    X = sample_mvn(mu, Sigma, n, rng)
    Y = X @ A.T + b
    return Y.mean(axis=0), covariance_matrix(Y)
