"""Valid alternatives to `pca_high_dim` that must earn full marks (other normalisation, other signs)."""
import numpy as np


def _checked(X, k):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    N, D = X.shape
    if N < 2 or k < 1 or k > min(N - 1, D):
        raise ValueError("need N >= 2 and 1 <= k <= min(N - 1, D)")
    return X, N


def normalised_by_the_formula(X, k):
    """‖Xcᵀu‖ = sqrt((N − 1) λ) for a unit u: divide by that instead of measuring the norm."""
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    values, U = np.linalg.eigh(Xc @ Xc.T / (N - 1))
    order = np.argsort(values)[::-1][:k]
    values, U = values[order], U[:, order]
    return values, (Xc.T @ U) / np.sqrt((N - 1) * values)


def flipped_signs_loop(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    values, U = np.linalg.eigh(Xc.dot(Xc.T) / (N - 1))
    values, U = values[::-1], U[:, ::-1]
    V = np.empty((X.shape[1], k))
    for i in range(k):
        v = Xc.T @ U[:, i]
        V[:, i] = -v / np.sqrt(v @ v)
    return values[:k].copy(), V


ALTERNATIVES = [("pca_high_dim", normalised_by_the_formula), ("pca_high_dim", flipped_signs_loop)]
