"""Wrong implementations of `pca_high_dim`."""
import numpy as np


def _checked(X, k):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("bad X")
    N, D = X.shape
    if N < 2 or not 1 <= k <= min(N - 1, D):
        raise ValueError("bad k")
    return X, N


def _gram(X, N, centre=True, divisor=None):
    Xc = X - X.mean(axis=0) if centre else X
    values, U = np.linalg.eigh(Xc @ Xc.T / (N - 1 if divisor is None else divisor))
    return Xc, values[::-1], U[:, ::-1]


def not_normalised(X, k):
    X, N = _checked(X, k)
    Xc, values, U = _gram(X, N)
    return values[:k], Xc.T @ U[:, :k]


def returns_u(X, k):
    X, N = _checked(X, k)
    _, values, U = _gram(X, N)
    return values[:k], U[:, :k]


def ascending(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    values, U = np.linalg.eigh(Xc @ Xc.T / (N - 1))
    W = Xc.T @ U[:, 1:k + 1]
    return values[:k], W / np.linalg.norm(W, axis=0)


def not_centred(X, k):
    X, N = _checked(X, k)
    Xc, values, U = _gram(X, N, centre=False)
    W = Xc.T @ U[:, :k]
    return values[:k], W / np.linalg.norm(W, axis=0)


def divides_by_n(X, k):
    X, N = _checked(X, k)
    Xc, values, U = _gram(X, N, divisor=N)
    W = Xc.T @ U[:, :k]
    return values[:k], W / np.linalg.norm(W, axis=0)


def vectors_not_reordered(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    values, U = np.linalg.eigh(Xc @ Xc.T / (N - 1))
    W = Xc.T @ U[:, 1:k + 1]
    return values[::-1][:k], W / np.linalg.norm(W, axis=0)


def no_k_check(X, k):
    X = np.asarray(X, dtype=float)
    N = X.shape[0]
    Xc, values, U = _gram(X, N)
    W = Xc.T @ U[:, :k]
    with np.errstate(all="ignore"):
        return values[:k], W / np.linalg.norm(W, axis=0)


MUTANTS = [
    ("pca_high_dim", not_normalised, "Divide each column by its norm"),
    ("pca_high_dim", returns_u, "one entry per data point"),
    ("pca_high_dim", ascending, "ascending order"),
    ("pca_high_dim", not_centred, "not centred"),
    ("pca_high_dim", divides_by_n, "N − 1, not N"),
    ("pca_high_dim", vectors_not_reordered, "directions are not"),
    ("pca_high_dim", no_k_check, None),
]


# --- added: bans (the SVD, np.cov, SciPy, scikit-learn), a normalisation without N − 1 -------------
import scipy.linalg
from sklearn.decomposition import PCA


def with_svd(X, k):
    X, N = _checked(X, k)
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0), full_matrices=False)
    return s[:k] ** 2 / (N - 1), Vh[:k].T


def gram_from_np_cov(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    values, U = np.linalg.eigh(np.cov(X))            # np.cov(X) with rows as variables: an N × N matrix
    values, U = values[::-1][:k], U[:, ::-1][:, :k]
    directions = Xc.T @ U
    return values, directions / np.linalg.norm(directions, axis=0)


def with_scipy_eigh(X, k):
    X, N = _checked(X, k)
    Xc = X - X.mean(axis=0)
    values, U = scipy.linalg.eigh(Xc @ Xc.T / (N - 1))
    values, U = values[::-1][:k], U[:, ::-1][:, :k]
    directions = Xc.T @ U
    return values, directions / np.linalg.norm(directions, axis=0)


def with_sklearn_pca(X, k):
    X, N = _checked(X, k)
    pca = PCA(n_components=k).fit(X)
    return pca.explained_variance_, pca.components_.T


def divides_by_sqrt_lambda(X, k):
    X, N = _checked(X, k)
    Xc, values, U = _gram(X, N)
    values, U = values[:k], U[:, :k]
    return values, (Xc.T @ U) / np.sqrt(values)


MUTANTS += [
    ("pca_high_dim", with_svd, "asks you not to use"),
    ("pca_high_dim", gram_from_np_cov, "asks you not to use"),
    ("pca_high_dim", with_scipy_eigh, "asks you not to use"),
    ("pca_high_dim", with_sklearn_pca, "asks you not to use"),
    ("pca_high_dim", divides_by_sqrt_lambda, "norm"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def gram_without_n_minus_1(X, k):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2 or not 1 <= k <= min(X.shape[0] - 1, X.shape[1]):
        raise ValueError("bad arguments")
    Xc = X - X.mean(axis=0)
    values, U = np.linalg.eigh(Xc @ Xc.T)
    values, U = values[::-1][:k], U[:, ::-1][:, :k]
    V = Xc.T @ U
    return values, V / np.linalg.norm(V, axis=0)


MUTANTS += [("pca_high_dim", gram_without_n_minus_1, "N − 1 times too large")]


# --- added (red team 3): K from the raw Gram matrix, XXᵀ − (mean terms): the same matrix on paper,
# but it cancels catastrophically on data far from the origin -------------------------------------------
def gram_without_centring_first(X, k):
    X = np.asarray(X, dtype=float)
    N, D = X.shape
    if N < 2 or not 1 <= k <= min(N - 1, D):
        raise ValueError("need N >= 2 and 1 <= k <= min(N - 1, D)")
    mean = X.mean(axis=0)
    r = X @ mean
    K = (X @ X.T - r[:, None] - r[None, :] + mean @ mean) / (N - 1)
    values, U = np.linalg.eigh(K)
    values, U = values[::-1][:k], U[:, ::-1][:, :k]
    V = (X - mean).T @ U
    return values, V / np.linalg.norm(V, axis=0)


MUTANTS += [("pca_high_dim", gram_without_centring_first, "catastrophic cancellation")]
