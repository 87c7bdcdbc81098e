"""Valid alternatives to `pca_svd` that must earn full marks (other SVD calls, other signs)."""
import numpy as np


def always_full_matrices(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    N, D = X.shape
    mu = X.mean(axis=0)
    _, s, Vh = np.linalg.svd(X - mu)          # full_matrices=True: U is N × N, fine on small data
    values = np.concatenate([s ** 2 / (N - 1), np.zeros(D - len(s))])
    return values, Vh.T, mu


def svd_of_the_transpose(X):
    """Xcᵀ = V Σ Uᵀ: the left singular vectors of Xcᵀ are the principal directions; signs flipped."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    N, D = X.shape
    mu = X.mean(axis=0)
    V, s, _ = np.linalg.svd((X - mu).T, full_matrices=N < D)
    values = np.zeros(D)
    values[:s.size] = s * s / (N - 1)
    return values, -V, mu


ALTERNATIVES = [("pca_svd", always_full_matrices), ("pca_svd", svd_of_the_transpose)]
