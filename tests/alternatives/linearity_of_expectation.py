"""Valid alternatives to `affine_moments` and `simulate_affine_moments` (self-contained)."""
import numpy as np


def with_einsum(mu, Sigma, A, b):
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    D = mu.shape[0]
    if Sigma.shape != (D, D) or A.ndim != 2 or A.shape[1] != D or b.shape != (A.shape[0],):
        raise ValueError("shapes do not fit")
    return np.einsum("md,d->m", A, mu) + b, np.einsum("md,de,ne->mn", A, Sigma, A)


def through_a_cholesky_factor(mu, Sigma, A, b, n, rng):
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    if A.ndim != 2 or A.shape[1] != len(mu) or b.shape != (A.shape[0],):
        raise ValueError("shapes do not fit")
    L = np.linalg.cholesky(Sigma)
    X = mu + rng.standard_normal((n, len(mu))) @ L.T
    Y = X @ A.T + b
    centred = Y - Y.mean(axis=0)
    return Y.mean(axis=0), centred.T @ centred / (n - 1)


def draws_as_columns(mu, Sigma, A, b, n, rng):
    """Draws the standard normals as a (D, n) array (another order of the same stream) and maps
    the columns: the paired check must leave it to the statistical ones."""
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    if A.ndim != 2 or A.shape[1] != len(mu) or b.shape != (A.shape[0],):
        raise ValueError("shapes do not fit")
    L = np.linalg.cholesky(Sigma)
    X = mu[:, None] + L @ rng.standard_normal((len(mu), n))
    Y = A @ X + b[:, None]
    centred = Y - Y.mean(axis=1, keepdims=True)
    return Y.mean(axis=1), centred @ centred.T / (n - 1)


def maps_the_moments_of_x(mu, Sigma, A, b, n, rng):
    """Sample moments of the x draws, mapped: mean(X) Aᵀ + b and A cov(X) Aᵀ equal those of Y exactly."""
    mu, Sigma, A, b = (np.asarray(v, dtype=float) for v in (mu, Sigma, A, b))
    if A.ndim != 2 or A.shape[1] != len(mu) or b.shape != (A.shape[0],):
        raise ValueError("shapes do not fit")
    X = mu + rng.standard_normal((n, len(mu))) @ np.linalg.cholesky(Sigma).T
    Xc = X - X.mean(axis=0)
    return A @ X.mean(axis=0) + b, A @ (Xc.T @ Xc / (n - 1)) @ A.T


ALTERNATIVES = [("affine_moments", with_einsum), ("simulate_affine_moments", through_a_cholesky_factor),
                ("simulate_affine_moments", draws_as_columns),
                ("simulate_affine_moments", maps_the_moments_of_x)]
