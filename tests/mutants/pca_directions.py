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


def one_pass_covariance(X, k):
    X, N = _checked(X, k)
    m = X.mean(axis=0)
    S = (X.T @ X - N * np.outer(m, m)) / (N - 1)
    U, s, _ = np.linalg.svd(S)
    return U[:, :k], s[:k]


def only_checks_d(X, k):
    X = np.asarray(X, float)
    N, D = X.shape
    if N < 2 or not 1 <= k <= D:
        raise ValueError("bad arguments")
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    W = np.zeros((D, k))
    W[:, : min(k, len(s))] = Vh[:k].T
    return W, np.concatenate([s[:k] ** 2 / (N - 1), np.zeros(max(0, k - len(s)))])


def variances_as_list(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return Vh[:k].T, [float(v) for v in s[:k] ** 2 / (N - 1)]


def with_cov(X, k):
    X, N = _checked(X, k)
    U, s, _ = np.linalg.svd(np.atleast_2d(np.cov(X, rowvar=False)))
    return U[:, :k], s[:k]


def with_eigh(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    w, V = np.linalg.eigh(Xc.T @ Xc / (N - 1))
    return V[:, ::-1][:, :k], w[::-1][:k]


def with_eig(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    w, V = np.linalg.eig(Xc.T @ Xc / (N - 1))
    order = np.argsort(w.real)[::-1][:k]
    return V.real[:, order], w.real[order]


def with_eigvals(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    _, _, Vh = np.linalg.svd(Xc, full_matrices=False)
    w = np.sort(np.linalg.eigvals(Xc.T @ Xc / (N - 1)).real)[::-1]
    return Vh[:k].T, w[:k]


def with_eigvalsh(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    _, _, Vh = np.linalg.svd(Xc, full_matrices=False)
    return Vh[:k].T, np.linalg.eigvalsh(Xc.T @ Xc / (N - 1))[::-1][:k]


BAN = "asks you not to use"
MUTANTS = [m if m[1] is not centres_rows else (m[0], m[1], "centre each COLUMN") for m in MUTANTS]
MUTANTS += [
    ("pca_directions", one_pass_covariance, "one-pass formula"),
    ("pca_directions", only_checks_d, "where ValueError was expected"),
    ("pca_directions", variances_as_list, "NumPy array"),
    ("pca_directions", with_cov, BAN),
    ("pca_directions", with_eigh, BAN),
    ("pca_directions", with_eig, BAN),
    ("pca_directions", with_eigvals, BAN),
    ("pca_directions", with_eigvalsh, BAN),
]
