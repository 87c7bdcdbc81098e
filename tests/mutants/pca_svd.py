"""Wrong implementations of `pca_svd`."""
import numpy as np


def _checked(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    return X, X.mean(axis=0), X.shape[0], X.shape[1]


def _padded(s, D, N, divisor=None):
    values = np.zeros(D)
    values[:len(s)] = s ** 2 / (N - 1 if divisor is None else divisor)
    return values


def not_centred(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = np.linalg.svd(X, full_matrices=N < D)
    return _padded(s, D, N), Vh.T, mean


def divides_by_n(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=N < D)
    return _padded(s, D, N, divisor=N), Vh.T, mean


def singular_values(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=N < D)
    values = np.zeros(D)
    values[:len(s)] = s
    return values, Vh.T, mean


def rows_not_columns(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=N < D)
    return _padded(s, D, N), Vh, mean


def not_padded(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=N < D)
    return s ** 2 / (N - 1), Vh.T, mean


def not_full(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=False)
    return _padded(s, D, N), Vh.T, mean


def covariance_route(X):
    X, mean, N, D = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (N - 1))
    return values[::-1], vectors[:, ::-1], mean


def u_instead_of_v(X):
    X, mean, N, D = _checked(X)
    U, s, _ = np.linalg.svd(X - mean, full_matrices=True)
    return _padded(s, D, N), U, mean


MUTANTS = [
    ("pca_svd", not_centred, "not centred"),
    ("pca_svd", divides_by_n, "routes disagree"),
    ("pca_svd", singular_values, "SQUARED singular values"),
    ("pca_svd", rows_not_columns, "ROWS of Vh"),
    ("pca_svd", not_padded, "np.zeros(D)"),
    ("pca_svd", not_full, "full_matrices=True"),
    ("pca_svd", covariance_route, "condition number"),
    ("pca_svd", u_instead_of_v, None),
]
