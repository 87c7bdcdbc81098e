"""Wrong implementations of `correlation_matrix`."""
import numpy as np


def _cov(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad shape")
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (X.shape[0] - 1)


def divides_by_variances(X):
    C = _cov(X)
    var = np.diag(C)
    if np.any(var == 0):
        raise ValueError("constant column")
    return C / np.outer(var, var)


def divides_rows_only(X):
    C = _cov(X)
    std = np.sqrt(np.diag(C))
    if np.any(std == 0):
        raise ValueError("constant column")
    return C / std[:, None] ** 2


def std_with_n_divisor(X):
    C = _cov(X)
    X = np.asarray(X, dtype=float)
    std = np.sqrt(np.sum((X - X.mean(axis=0)) ** 2, axis=0) / X.shape[0])
    if np.any(std == 0):
        raise ValueError("constant column")
    return C / np.outer(std, std)


def no_constant_check(X):
    C = _cov(X)
    std = np.sqrt(np.diag(C))
    with np.errstate(all="ignore"):
        return C / np.outer(std, std)


def standardises_in_place(X):
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad shape")
    if X.dtype.kind != "f":
        X = X.astype(float)
    X -= X.mean(axis=0)                    # changes the caller's float array
    std = np.sqrt(np.sum(X ** 2, axis=0) / (X.shape[0] - 1))
    if np.any(std == 0):
        raise ValueError("constant column")
    Z = X / std
    return Z.T @ Z / (X.shape[0] - 1)


def forgets_to_centre(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad shape")
    M = X.T @ X / (X.shape[0] - 1)
    s = np.sqrt(np.diag(M))
    if np.any(np.var(X, axis=0) == 0):
        raise ValueError("constant column")
    return M / np.outer(s, s)


MUTANTS = [
    ("correlation_matrix", divides_by_variances, "standard deviations"),
    ("correlation_matrix", divides_rows_only, "BOTH standard deviations"),
    ("correlation_matrix", std_with_n_divisor, "same covariance matrix"),
    ("correlation_matrix", no_constant_check, None),
    ("correlation_matrix", standardises_in_place, "in place"),
    ("correlation_matrix", forgets_to_centre, None),
]
