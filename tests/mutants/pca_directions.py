"""Wrong implementations of `pca_directions`."""
import numpy as np


def _checked(X, k):
    X = np.asarray(X, float)
    N, D = X.shape
    if N < 2 or not 1 <= k <= min(N, D):
        raise ValueError("bad arguments")
    return X, N


def not_centred(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X, full_matrices=False)
    return Vh[:k].T, s[:k] ** 2 / (N - 1)


def centred_for_variance_only(X, k):
    X, N = _checked(X, k)
    _, s, _ = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    _, _, Vh = np.linalg.svd(X, full_matrices=False)
    return Vh[:k].T, s[:k] ** 2 / (N - 1)


def rows_not_columns(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vh[:k], s[:k] ** 2 / (N - 1)


def columns_of_vh(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vh[:, :k], s[:k] ** 2 / (N - 1)


def divides_by_n(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vh[:k].T, s[:k] ** 2 / N


def singular_values(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vh[:k].T, s[:k]


def centres_rows(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=1, keepdims=True), full_matrices=False)
    return Vh[:k].T, s[:k] ** 2 / (N - 1)


def scaled_directions(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return (Vh[:k] * s[:k, None]).T / np.sqrt(N - 1), s[:k] ** 2 / (N - 1)


def centres_in_place(X, k):
    if X.shape[0] < 2 or not 1 <= k <= min(X.shape):
        raise ValueError("bad arguments")
    N = X.shape[0]
    if X.dtype.kind == "f":
        X -= X.mean(axis=0)
    else:
        X = X - X.mean(axis=0)
    _, s, Vh = np.linalg.svd(X, full_matrices=False)
    return Vh[:k].T, s[:k] ** 2 / (N - 1)


MUTANTS = [
    ("pca_directions", not_centred, "not centred"),
    ("pca_directions", centred_for_variance_only, "not centred"),
    ("pca_directions", rows_not_columns, "COLUMNS of W"),
    ("pca_directions", columns_of_vh, None),
    ("pca_directions", divides_by_n, "N − 1, not N"),
    ("pca_directions", singular_values, "squared singular value"),
    ("pca_directions", centres_rows, None),
    ("pca_directions", scaled_directions, "unit vector"),
    ("pca_directions", centres_in_place, "in place"),
]
