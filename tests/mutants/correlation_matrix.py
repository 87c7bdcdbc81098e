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
    if np.any(np.ptp(X, axis=0) == 0):
        raise ValueError("constant column")
    return M / np.outer(s, s)


def corrcoef_one_liner(X):
    X = np.asarray(X, dtype=float)
    if np.any(np.ptp(X, axis=0) == 0):
        raise ValueError("constant column")
    return np.corrcoef(X, rowvar=False).reshape(X.shape[1], X.shape[1])


def np_cov_then_divide(X):
    C = np.cov(np.asarray(X, dtype=float), rowvar=False, ddof=1).reshape(np.shape(X)[1], -1)
    std = np.sqrt(np.diag(C))
    if np.any(std == 0):
        raise ValueError("constant column")
    return C / np.outer(std, std)


def np_std_ddof1(X):
    """Right numbers, but the standard deviations come from np.std (a ground-rule ban)."""
    C = _cov(X)
    std = np.std(np.asarray(X, dtype=float), axis=0, ddof=1)
    if np.any(std == 0):
        raise ValueError("constant column")
    return C / np.outer(std, std)


def np_var_sqrt(X):
    C = _cov(X)
    std = np.sqrt(np.var(np.asarray(X, dtype=float), axis=0, ddof=1))
    if np.any(std == 0):
        raise ValueError("constant column")
    return C / np.outer(std, std)


def variance_threshold(X):
    """Treats a small variance as zero: rejects data measured in large units."""
    C = _cov(X)
    var = np.diag(C)
    if np.any(var < 1e-12):
        raise ValueError("constant column")
    std = np.sqrt(var)
    return C / np.outer(std, std)


def rounded_to_two_digits(X):
    """Rounds the result for display."""
    C = _cov(X)
    std = np.sqrt(np.diag(C))
    if np.any(std == 0):
        raise ValueError("constant column")
    return np.round(C / np.outer(std, std), 2)


MUTANTS = [
    ("correlation_matrix", divides_by_variances, "standard deviations"),
    ("correlation_matrix", divides_rows_only, "BOTH standard deviations"),
    ("correlation_matrix", std_with_n_divisor, "same covariance matrix"),
    ("correlation_matrix", no_constant_check, None),
    ("correlation_matrix", standardises_in_place, "in place"),
    ("correlation_matrix", forgets_to_centre, None),
    ("correlation_matrix", corrcoef_one_liner, "asks you not to use"),
    ("correlation_matrix", np_cov_then_divide, "asks you not to use"),
    ("correlation_matrix", np_std_ddof1, "asks you not to use"),
    ("correlation_matrix", np_var_sqrt, "asks you not to use"),
    ("correlation_matrix", variance_threshold, "no threshold of your own"),
    ("correlation_matrix", rounded_to_two_digits, None),
]
