"""Wrong implementations of `mahalanobis`."""
import numpy as np


def _residuals(x, mu, Sigma):
    x, mu, Sigma = (np.asarray(v, dtype=float) for v in (x, mu, Sigma))
    if x.shape[-1] != len(mu):
        raise ValueError("length mismatch")
    return x, np.atleast_2d(x - mu), Sigma


def _finish(x, d):
    return float(d[0]) if x.ndim == 1 else d


def multiplies_by_sigma(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    return _finish(x, np.sqrt(np.sum((R @ Sigma) * R, axis=1)))


def no_square_root(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    Z = np.linalg.solve(np.linalg.cholesky(Sigma), R.T)
    return _finish(x, np.sum(Z ** 2, axis=0))


def euclidean(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    return _finish(x, np.sqrt(np.sum(R ** 2, axis=1)))


def all_cross_terms(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    M = R @ np.linalg.solve(Sigma, R.T)
    return float(np.sqrt(M[0, 0])) if x.ndim == 1 else np.sqrt(np.abs(M))


def per_coordinate_scaling(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    return _finish(x, np.sqrt(np.sum(R ** 2 / np.diag(Sigma), axis=1)))


def upper_factor_solve(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    Z = np.linalg.solve(np.linalg.cholesky(Sigma).T, R.T)
    return _finish(x, np.sqrt(np.sum(Z ** 2, axis=0)))


def always_array(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    Z = np.linalg.solve(np.linalg.cholesky(Sigma), R.T)
    return np.sqrt(np.sum(Z ** 2, axis=0))


def centres_in_place(x, mu, Sigma):
    x = np.asarray(x)
    mu = np.asarray(mu, dtype=float)
    if x.shape[-1] != len(mu):
        raise ValueError("length mismatch")
    if x.dtype.kind == "f":
        x -= mu                               # changes the caller's points
        R = np.atleast_2d(x)
    else:
        R = np.atleast_2d(x - mu)
    Z = np.linalg.solve(np.linalg.cholesky(np.asarray(Sigma, dtype=float)), R.T)
    return _finish(x, np.sqrt(np.sum(Z ** 2, axis=0)))


MUTANTS = [
    ("mahalanobis", multiplies_by_sigma, "Σ where Σ⁻¹ belongs"),
    ("mahalanobis", no_square_root, "square root"),
    ("mahalanobis", euclidean, "ignores Σ"),
    ("mahalanobis", all_cross_terms, "cross term"),
    ("mahalanobis", per_coordinate_scaling, "ignores the correlations"),
    ("mahalanobis", upper_factor_solve, None),
    ("mahalanobis", always_array, "single number"),
    ("mahalanobis", centres_in_place, "in place"),
]
