"""Valid alternatives to `covariance_matrix` that must earn full marks."""
import numpy as np


def with_einsum(X):
    X = np.array(X, dtype=float)
    if X.ndim != 2 or len(X) < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    Xc = X - X.sum(axis=0) / len(X)
    return np.einsum("ni,nj->ij", Xc, Xc) / (len(X) - 1)


def sum_of_outer_products(X):
    """(1/(N−1)) Σ_n (x_n − x̄)(x_n − x̄)ᵀ, one data point at a time, as MML writes it."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    mean = X.mean(axis=0)
    C = np.zeros((X.shape[1], X.shape[1]))
    for row in X:
        d = row - mean
        C += np.outer(d, d)
    return C / (X.shape[0] - 1)


def centred_dot(X):
    X = np.asarray(X, dtype=float)
    if len(X.shape) != 2 or X.shape[0] <= 1:
        raise ValueError("X must be (N, D) with N >= 2")
    Xc = X - np.mean(X, axis=0, keepdims=True)
    return Xc.T.dot(Xc) / (X.shape[0] - 1.0)


ALTERNATIVES = [
    ("covariance_matrix", with_einsum),
    ("covariance_matrix", sum_of_outer_products),
    ("covariance_matrix", centred_dot),
]
