"""Wrong implementations of `covariance_matrix`."""
import numpy as np


def _checked(X):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad shape")
    return X


def np_cov_default_rowvar(X):
    X = _checked(X)
    return np.cov(X)                       # rows taken as variables: N x N


def product_on_wrong_side(X):
    X = _checked(X)
    Xc = X - X.mean(axis=0)
    return Xc @ Xc.T / (X.shape[0] - 1)


def divides_by_n(X):
    X = _checked(X)
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / X.shape[0]


def not_centred(X):
    X = _checked(X)
    return X.T @ X / (X.shape[0] - 1)


def centres_rows(X):
    X = _checked(X)
    Xc = X - X.mean(axis=1, keepdims=True)
    return Xc.T @ Xc / (X.shape[0] - 1)


def raw_second_moment_formula(X):
    X = _checked(X)
    N = X.shape[0]
    m = X.mean(axis=0)
    return (X.T @ X - N * np.outer(m, m)) / (N - 1)


def centres_in_place(X):
    X = np.asarray(X)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError("bad shape")
    if X.dtype.kind == "f":
        X -= X.mean(axis=0)               # changes the caller's array
    else:
        X = X - X.mean(axis=0)
    return X.T @ X / (X.shape[0] - 1)


def no_validation(X):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    Xc = X - X.mean(axis=0)
    with np.errstate(all="ignore"):
        return Xc.T @ Xc / (X.shape[0] - 1)


def np_cov_one_liner(X):
    X = _checked(X)
    return np.cov(X, rowvar=False).reshape(X.shape[1], X.shape[1])


def np_var_for_one_feature(X):
    """Special-cases one feature with np.var, the product otherwise."""
    X = _checked(X)
    if X.shape[1] == 1:
        return np.array([[np.var(X[:, 0], ddof=1)]])
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (X.shape[0] - 1)


def via_corrcoef_and_std(X):
    X = _checked(X)
    sd = np.std(X, axis=0, ddof=1)
    return np.corrcoef(X, rowvar=False).reshape(X.shape[1], X.shape[1]) * np.outer(sd, sd)


def only_rejects_1d(X):
    """Checks for a 1-D array only: a 3-D array goes through and silently gives nonsense."""
    X = np.asarray(X, dtype=float)
    if X.ndim == 1 or len(X) < 2:
        raise ValueError("need a 2-D array with at least 2 rows")
    Xc = X - X.mean(axis=0)
    return Xc.T @ Xc / (X.shape[0] - 1)


def scalar_for_one_feature(X):
    """Returns a plain number when D = 1."""
    X = _checked(X)
    Xc = X - X.mean(axis=0)
    C = Xc.T @ Xc / (X.shape[0] - 1)
    return float(C[0, 0]) if C.shape == (1, 1) else C


MUTANTS = [
    ("covariance_matrix", np_cov_default_rowvar, "asks you not to use"),
    ("covariance_matrix", np_cov_one_liner, "asks you not to use"),
    ("covariance_matrix", np_var_for_one_feature, "asks you not to use"),
    ("covariance_matrix", via_corrcoef_and_std, "asks you not to use"),
    ("covariance_matrix", only_rejects_1d, "X.ndim != 2"),
    ("covariance_matrix", scalar_for_one_feature, "single number"),
    ("covariance_matrix", product_on_wrong_side, "Xc.T @ Xc"),
    ("covariance_matrix", divides_by_n, "N − 1"),
    ("covariance_matrix", not_centred, "not centred"),
    ("covariance_matrix", centres_rows, "mean of each ROW"),
    ("covariance_matrix", raw_second_moment_formula, "cancel"),
    ("covariance_matrix", centres_in_place, "in place"),
    ("covariance_matrix", no_validation, None),
]
