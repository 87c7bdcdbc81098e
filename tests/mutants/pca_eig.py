"""Wrong implementations of `pca_eig`."""
import numpy as np


def _checked(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad X")
    return X, X.mean(axis=0), X.shape[0]


def not_centred(X):
    X, mean, N = _checked(X)
    values, vectors = np.linalg.eigh(X.T @ X / (N - 1))
    return values[::-1], vectors[:, ::-1], mean


def ascending(X):
    X, mean, N = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (N - 1))
    return values, vectors, mean


def values_sorted_vectors_not(X):
    X, mean, N = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (N - 1))
    return values[::-1], vectors, mean


def rows_not_columns(X):
    X, mean, N = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (N - 1))
    return values[::-1], vectors[:, ::-1].T, mean


def divides_by_n(X):
    X, mean, N = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eigh(Xc.T @ Xc / N)
    return values[::-1], vectors[:, ::-1], mean


def scaled_by_eigenvalues(X):
    X, mean, N = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eigh(Xc.T @ Xc / (N - 1))
    return values[::-1], vectors[:, ::-1] * np.sqrt(np.abs(values[::-1])), mean


def centres_in_place(X):
    if np.ndim(X) != 2 or np.shape(X)[0] < 2:
        raise ValueError("bad X")
    X = np.asarray(X, dtype=float)
    mean = X.mean(axis=0)
    X -= mean
    values, vectors = np.linalg.eigh(X.T @ X / (X.shape[0] - 1))
    return values[::-1], vectors[:, ::-1], mean


def gram_matrix(X):
    X, mean, N = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eigh(Xc @ Xc.T / (N - 1))
    return values[::-1], vectors[:, ::-1], mean


MUTANTS = [
    ("pca_eig", not_centred, "not centred"),
    ("pca_eig", ascending, "ascending order"),
    ("pca_eig", values_sorted_vectors_not, "Reverse the columns too"),
    ("pca_eig", rows_not_columns, "COLUMNS of components"),
    ("pca_eig", divides_by_n, "N − 1, not N"),
    ("pca_eig", scaled_by_eigenvalues, "orthonormal"),
    ("pca_eig", centres_in_place, "in place"),
    ("pca_eig", gram_matrix, "one eigenvalue per data point"),
]
