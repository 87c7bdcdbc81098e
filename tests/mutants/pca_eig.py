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


# --- added: bans (np.cov, the SVD, SciPy, scikit-learn) ---------------------------------------------
import scipy.linalg
from sklearn.decomposition import PCA


def with_np_cov(X):
    X, mean, N = _checked(X)
    values, vectors = np.linalg.eigh(np.atleast_2d(np.cov(X, rowvar=False)))
    return values[::-1], vectors[:, ::-1], mean


def with_svd(X):
    X, mean, N = _checked(X)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=True)
    values = np.zeros(X.shape[1])
    values[:len(s)] = s ** 2 / (N - 1)
    return values, Vh.T, mean


def with_scipy_eigh(X):
    X, mean, N = _checked(X)
    Xc = X - mean
    values, vectors = scipy.linalg.eigh(Xc.T @ Xc / (N - 1))
    return values[::-1], vectors[:, ::-1], mean


def with_sklearn_pca(X):
    X, mean, N = _checked(X)
    pca = PCA().fit(X)
    values = np.zeros(X.shape[1])
    values[:len(pca.explained_variance_)] = pca.explained_variance_
    return values, pca.components_.T, pca.mean_


MUTANTS += [
    ("pca_eig", with_np_cov, "asks you not to use"),
    ("pca_eig", with_svd, "asks you not to use"),
    ("pca_eig", with_scipy_eigh, "asks you not to use"),
    ("pca_eig", with_sklearn_pca, "asks you not to use"),
]


def covariance_by_cancellation(X):
    """S = (XᵀX − N x̄x̄ᵀ)/(N − 1): exact in theory, loses every digit for data far from the origin."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("X must be 2-D with at least 2 rows")
    N = X.shape[0]
    mean = X.mean(axis=0)
    S = (X.T @ X - N * np.outer(mean, mean)) / (N - 1)
    values, vectors = np.linalg.eigh(S)
    return values[::-1], vectors[:, ::-1], mean


MUTANTS += [("pca_eig", covariance_by_cancellation, "catastrophic cancellation")]
