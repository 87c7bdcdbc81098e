"""Valid alternatives to `mahalanobis` that must earn full marks (self-contained)."""
import numpy as np


def solve_against_sigma(x, mu, Sigma):
    """d² = rᵀ Σ⁻¹ r with Σ⁻¹ r from a linear solve, never an inverse."""
    x, mu, Sigma = (np.asarray(v, dtype=float) for v in (x, mu, Sigma))
    D = mu.shape[0]
    if x.ndim not in (1, 2) or x.shape[-1] != D:
        raise ValueError("x does not match mu")
    if Sigma.shape != (D, D) or not np.allclose(Sigma, Sigma.T):
        raise ValueError("Sigma must be a symmetric D x D matrix")
    if np.any(np.linalg.eigvalsh(Sigma) <= 0):
        raise ValueError("Sigma must be positive definite")
    R = np.atleast_2d(x - mu)
    d = np.sqrt(np.einsum("nd,nd->n", R, np.linalg.solve(Sigma, R.T).T))
    return float(d[0]) if x.ndim == 1 else d


ALTERNATIVES = [("mahalanobis", solve_against_sigma)]
