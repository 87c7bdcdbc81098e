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


def solve_without_transposing(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    L = np.linalg.cholesky(Sigma)
    if R.shape[0] == R.shape[1]:              # runs only when N = D, whitening the wrong vectors
        Z = np.linalg.solve(L, R)
        return _finish(x, np.sqrt(np.sum(Z ** 2, axis=1)))
    Z = np.linalg.solve(L, R.T)
    return _finish(x, np.sqrt(np.sum(Z ** 2, axis=0)))


def explicit_inverse(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    return _finish(x, np.sqrt(np.sum((R @ np.linalg.inv(Sigma)) * R, axis=1)))


def pseudo_inverse(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    return _finish(x, np.sqrt(np.sum((R @ np.linalg.pinv(Sigma)) * R, axis=1)))


# the notebook's ground rule: np.var, np.std, np.cov and np.corrcoef are off limits in every
# exercise; each of these computes the distance right and uses one of them on the way
def _whitened(R, Sigma):
    L = np.linalg.cholesky(Sigma)
    Z = np.linalg.solve(L, R.T)
    return np.sqrt(np.sum(Z ** 2, axis=0))


def diagonal_shortcut_np_var(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    if np.count_nonzero(Sigma - np.diag(np.diag(Sigma))) == 0 and len(R) > 1:
        np.var(R, axis=0)   # "to compare": the learner's check of the scale
    return _finish(x, _whitened(R, Sigma))


def scale_check_np_std(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    spread = np.std(R) if R.size else 0.0
    return _finish(x, _whitened(R, Sigma) + 0.0 * spread)


def covariance_check_np_cov(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    if len(R) > 2:
        np.cov(R, rowvar=False)
    return _finish(x, _whitened(R, Sigma))


def correlation_check_np_corrcoef(x, mu, Sigma):
    x, R, Sigma = _residuals(x, mu, Sigma)
    if Sigma.shape[0] > 1:
        np.corrcoef(Sigma)
    return _finish(x, _whitened(R, Sigma))


MUTANTS = [
    ("mahalanobis", multiplies_by_sigma, "Σ where Σ⁻¹ belongs"),
    ("mahalanobis", no_square_root, "square root"),
    ("mahalanobis", euclidean, "ignores Σ"),
    ("mahalanobis", all_cross_terms, "cross term"),
    ("mahalanobis", per_coordinate_scaling, "ignores the correlations"),
    ("mahalanobis", upper_factor_solve, None),
    ("mahalanobis", always_array, "single number"),
    ("mahalanobis", centres_in_place, "in place"),
    ("mahalanobis", solve_without_transposing, "solve(L, R.T)"),
    ("mahalanobis", explicit_inverse, "asks you not to use"),
    ("mahalanobis", pseudo_inverse, "asks you not to use"),
    ("mahalanobis", diagonal_shortcut_np_var, "asks you not to use"),
    ("mahalanobis", scale_check_np_std, "asks you not to use"),
    ("mahalanobis", covariance_check_np_cov, "asks you not to use"),
    ("mahalanobis", correlation_check_np_corrcoef, "asks you not to use"),
]
