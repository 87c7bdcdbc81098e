"""Wrong implementations of `fit_least_squares`."""
import numpy as np


def _prepare(X, y, check_rows=True):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    m, d = X.shape
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.shape != (m,):
        raise ValueError("y has the wrong shape")
    if check_rows and m < d:
        raise ValueError("fewer examples than weights")
    return X, y


def inverse_of_normal_matrix(X, y):
    X, y = _prepare(X, y)
    return np.linalg.inv(X.T @ X) @ (X.T @ y)


def gauss_jordan_inverse(X, y):
    X, y = _prepare(X, y)
    A = X.T @ X
    n = len(A)
    M = np.hstack([A, np.eye(n)])
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        others = np.arange(n) != j
        M[others] -= np.outer(M[others, j], M[j])
    return M[:, n:] @ (X.T @ y)


def pinv_of_normal_matrix(X, y):
    X, y = _prepare(X, y)
    return np.linalg.pinv(X.T @ X) @ (X.T @ y)


def adds_intercept_again(X, y):
    X, y = _prepare(X, y)
    X = np.column_stack([np.ones(len(X)), X])
    return np.linalg.lstsq(X, y, rcond=None)[0]


def adds_intercept_again_and_solves(X, y):
    X, y = _prepare(X, y)
    X = np.column_stack([np.ones(len(X)), X])
    return np.linalg.solve(X.T @ X, X.T @ y)


def keeps_column_labels(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or len(y) != len(X) or X.shape[0] < X.shape[1]:
        raise ValueError("shapes")
    return np.linalg.solve(X.T @ X, X.T @ y)


def rejects_column_labels(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[0] < X.shape[1]:
        raise ValueError("shapes")
    return np.linalg.solve(X.T @ X, X.T @ y)


def no_check_for_too_few_examples(X, y):
    X, y = _prepare(X, y, check_rows=False)
    return np.linalg.lstsq(X, y, rcond=None)[0]


MUTANTS = [
    ("fit_least_squares", inverse_of_normal_matrix, "explicit inverse"),
    ("fit_least_squares", gauss_jordan_inverse, "explicit inverse"),
    ("fit_least_squares", pinv_of_normal_matrix, "explicit inverse"),
    ("fit_least_squares", adds_intercept_again, "already contains the column of ones"),
    ("fit_least_squares", adds_intercept_again_and_solves, "second column of ones"),
    ("fit_least_squares", keeps_column_labels, "ravel"),
    ("fit_least_squares", rejects_column_labels, "labels of shape (m, 1) are allowed in this notebook"),
    ("fit_least_squares", no_check_for_too_few_examples, "should raise ValueError"),
]


# --- added: bans of the notebook's ground rules, rescaled data, label shapes -------------------
import scipy.linalg
from sklearn.linear_model import LinearRegression


def scipy_lstsq(X, y):
    X, y = _prepare(X, y)
    return scipy.linalg.lstsq(X, y)[0]


def sklearn_without_intercept(X, y):
    X, y = _prepare(X, y)
    return LinearRegression(fit_intercept=False).fit(X, y).coef_


def polyfit_for_a_line(X, y):
    X, y = _prepare(X, y)
    if X.shape[1] == 2 and np.all(X[:, 0] == 1):
        return np.polyfit(X[:, 1], y, 1)[::-1]
    return np.linalg.lstsq(X, y, rcond=None)[0]


def rebuilds_design_with_vander(X, y):
    X, y = _prepare(X, y)
    if X.shape[1] == 2 and np.all(X[:, 0] == 1):
        X = np.vander(X[:, 1], 2, increasing=True)
    return np.linalg.solve(X.T @ X, X.T @ y)


def polynomial_module_for_a_line(X, y):
    X, y = _prepare(X, y)
    if X.shape[1] == 2 and np.all(X[:, 0] == 1):
        return np.polynomial.polynomial.polyfit(X[:, 1], y, 1)
    return np.linalg.solve(X.T @ X, X.T @ y)


def ravels_any_label_shape(X, y):
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    if X.ndim != 2 or y.shape != (X.shape[0],) or X.shape[0] < X.shape[1]:
        raise ValueError("shapes")
    return np.linalg.solve(X.T @ X, X.T @ y)


def one_d_x_as_one_feature(X, y):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, None]
    X, y = _prepare(X, y)
    return np.linalg.solve(X.T @ X, X.T @ y)


def determinant_threshold(X, y):
    X, y = _prepare(X, y)
    A = X.T @ X
    if abs(np.linalg.det(A)) < 1e-12:
        raise ValueError("the columns of X are linearly dependent")
    return np.linalg.solve(A, X.T @ y)


MUTANTS += [
    ("fit_least_squares", scipy_lstsq, "asks you not to use"),
    ("fit_least_squares", sklearn_without_intercept, "asks you not to use"),
    ("fit_least_squares", polyfit_for_a_line, "asks you not to use"),
    ("fit_least_squares", rebuilds_design_with_vander, "asks you not to use"),
    ("fit_least_squares", polynomial_module_for_a_line, "asks you not to use"),
    ("fit_least_squares", ravels_any_label_shape, "labels come as (m,) or (m, 1) only"),
    ("fit_least_squares", one_d_x_as_one_feature, "X must be a 2-D design matrix"),
    ("fit_least_squares", determinant_threshold, "absolute threshold"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def atleast_2d_x(X, y):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    m, d = X.shape
    y = np.asarray(y, dtype=float)
    if y.shape not in ((m,), (m, 1)) or m < d:
        raise ValueError("bad shapes")
    y = y.ravel()
    return np.linalg.solve(X.T @ X, X.T @ y)


MUTANTS += [("fit_least_squares", atleast_2d_x, "X must already be 2-D")]
