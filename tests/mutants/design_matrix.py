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


# --- added: bans of the notebook's ground rules, a 0-D X -------------------------------------
import scipy.linalg
from sklearn.preprocessing import add_dummy_feature


def _right(X):
    X = _as_2d(X)
    return np.column_stack([np.ones(len(X)), X])


def vander_for_one_feature(X):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return np.vander(X, 2, increasing=True)
    return _right(X)


def polyvander_for_one_feature(X):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        return np.polynomial.polynomial.polyvander(X, 1)
    return _right(X)


def sklearn_dummy_feature(X):
    return add_dummy_feature(_as_2d(X))


def scipy_ones_column(X):
    X = _as_2d(X)
    ones = scipy.linalg.toeplitz(np.ones(len(X)))[:, :1]
    return np.hstack([ones, X])


def copies_through_inverse(X):
    X = _as_2d(X)
    return np.column_stack([np.ones(len(X)), X @ np.linalg.inv(np.eye(X.shape[1]))])


def copies_through_pinv(X):
    X = _as_2d(X)
    return np.column_stack([np.ones(len(X)), X @ np.linalg.pinv(np.eye(X.shape[1]))])


def line_through_polyfit(X):
    X = _as_2d(X)
    ones = np.polyval(np.polyfit([0.0, 1.0], [1.0, 1.0], 0), np.zeros(len(X)))
    return np.column_stack([ones, X])


def only_rejects_three_dimensions(X):
    X = np.asarray(X, dtype=float)
    if X.ndim > 2:
        raise ValueError("X must be 1-D or 2-D")
    if X.ndim == 1:
        X = X[:, None]
    return np.column_stack([np.ones(X.shape[0]), X])


MUTANTS += [
    ("add_intercept", vander_for_one_feature, "asks you not to use"),
    ("add_intercept", polyvander_for_one_feature, "asks you not to use"),
    ("add_intercept", sklearn_dummy_feature, "asks you not to use"),
    ("add_intercept", scipy_ones_column, "asks you not to use"),
    ("add_intercept", copies_through_inverse, "asks you not to use"),
    ("add_intercept", copies_through_pinv, "asks you not to use"),
    ("add_intercept", line_through_polyfit, "asks you not to use"),
    ("add_intercept", only_rejects_three_dimensions, "instead of ValueError"),
]


def single_precision(X):
    X = np.asarray(X, dtype=np.float32)
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim != 2:
        raise ValueError("X must be 1-D or 2-D")
    return np.column_stack([np.ones(len(X), dtype=np.float32), X])


MUTANTS += [("add_intercept", single_precision, "np.float32")]
