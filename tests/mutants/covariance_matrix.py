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


MUTANTS = [
    ("covariance_matrix", np_cov_default_rowvar, "one row and column per data point"),
    ("covariance_matrix", product_on_wrong_side, "Xc.T @ Xc"),
    ("covariance_matrix", divides_by_n, "N − 1"),
    ("covariance_matrix", not_centred, "not centred"),
    ("covariance_matrix", centres_rows, "mean of each ROW"),
    ("covariance_matrix", raw_second_moment_formula, "cancel"),
    ("covariance_matrix", centres_in_place, "in place"),
    ("covariance_matrix", no_validation, None),
]
