"""Valid alternatives to `correlation_matrix` that must earn full marks."""
import numpy as np


def standardise_then_product(X):
    """z-score every column (ddof 1), then Zᵀ Z / (N − 1)."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("need an (N, D) array with N >= 2")
    Xc = X - X.mean(axis=0)
    sd = np.sqrt(np.sum(Xc ** 2, axis=0) / (X.shape[0] - 1))
    if np.any(sd == 0):
        raise ValueError("a constant column has no correlation")
    Z = Xc / sd
    R = Z.T @ Z / (X.shape[0] - 1)
    np.fill_diagonal(R, 1.0)
    return R


def broadcast_divisions(X):
    """C / s[:, None] / s[None, :], with the divisor N (it cancels)."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("need an (N, D) array with N >= 2")
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / X.shape[0]
    s = np.sqrt(np.diag(C))
    if (s == 0).any():
        raise ValueError("zero variance")
    return C / s[:, None] / s[None, :]


ALTERNATIVES = [
    ("correlation_matrix", standardise_then_product),
    ("correlation_matrix", broadcast_divisions),
]
