"""Wrong implementations of `add_intercept` (question design_matrix)."""
import numpy as np


def _as_2d(X):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim != 2:
        raise ValueError("X must be 1-D or 2-D")
    return X


def no_intercept(X):
    return _as_2d(X).copy()


def overwrites_first_feature(X):
    X = _as_2d(X).copy()
    X[:, 0] = 1.0
    return X


def ones_last(X):
    X = _as_2d(X)
    return np.column_stack([X, np.ones(len(X))])


def hstack_without_reshaping(X):
    X = np.asarray(X, dtype=float)
    if X.ndim > 2:
        raise ValueError("X must be 1-D or 2-D")
    return np.hstack([np.ones((X.shape[0], 1)), X])


def one_d_as_a_row(X):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    if X.ndim != 2:
        raise ValueError("X must be 1-D or 2-D")
    return np.column_stack([np.ones(len(X)), X])


def keeps_integer_dtype(X):
    X = np.asarray(X)
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim != 2:
        raise ValueError("X must be 1-D or 2-D")
    return np.column_stack([np.ones(len(X), dtype=X.dtype), X])


def flattens_extra_dimensions(X):
    X = np.asarray(X, dtype=float)
    X = X.reshape(X.shape[0], -1)
    return np.column_stack([np.ones(len(X)), X])


MUTANTS = [
    ("add_intercept", no_intercept, "no column of ones was added"),
    ("add_intercept", overwrites_first_feature, "overwrote the first feature"),
    ("add_intercept", ones_last, "column of ones is at the end"),
    ("add_intercept", hstack_without_reshaping, "ONE feature"),
    ("add_intercept", one_d_as_a_row, "ONE feature"),
    ("add_intercept", keeps_integer_dtype, "float array"),
    ("add_intercept", flattens_extra_dimensions, "should raise ValueError"),
]
