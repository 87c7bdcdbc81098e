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
    ("pca_svd", covariance_route, "asks you not to use"),
    ("pca_svd", u_instead_of_v, None),
]


# --- added: bans (eigendecompositions, np.cov, SciPy, scikit-learn), the SVD of the covariance ---
import scipy.linalg
from sklearn.decomposition import PCA


def svd_of_the_covariance(X):
    X, mean, N, D = _checked(X)
    Xc = X - mean
    _, s, Vh = np.linalg.svd(Xc.T @ Xc / (N - 1))      # S = V Λ Vᵀ: "its SVD is its eigendecomposition"
    return s, Vh.T, mean


def with_eig(X):
    X, mean, N, D = _checked(X)
    Xc = X - mean
    values, vectors = np.linalg.eig(Xc.T @ Xc / (N - 1))
    order = np.argsort(values.real)[::-1]
    return values.real[order], vectors.real[:, order], mean


def eigenvalues_from_eigvalsh(X):
    X, mean, N, D = _checked(X)
    Xc = X - mean
    _, _, Vh = np.linalg.svd(Xc, full_matrices=True)
    return np.linalg.eigvalsh(Xc.T @ Xc / (N - 1))[::-1], Vh.T, mean


def svd_of_np_cov(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = np.linalg.svd(np.atleast_2d(np.cov(X, rowvar=False)))
    return s, Vh.T, mean


def with_scipy_svd(X):
    X, mean, N, D = _checked(X)
    _, s, Vh = scipy.linalg.svd(X - mean, full_matrices=True)
    return _padded(s, D, N), Vh.T, mean


def with_sklearn_pca(X):
    X, mean, N, D = _checked(X)
    pca = PCA(svd_solver="full").fit(X)
    values = np.zeros(D)
    values[:len(pca.explained_variance_)] = pca.explained_variance_
    _, _, Vh = np.linalg.svd(X - mean, full_matrices=True)
    return values, Vh.T, mean


MUTANTS += [
    ("pca_svd", svd_of_the_covariance, "condition number"),
    ("pca_svd", with_eig, "asks you not to use"),
    ("pca_svd", eigenvalues_from_eigvalsh, "asks you not to use"),
    ("pca_svd", svd_of_np_cov, "asks you not to use"),
    ("pca_svd", with_scipy_svd, "asks you not to use"),
    ("pca_svd", with_sklearn_pca, "asks you not to use"),
]
