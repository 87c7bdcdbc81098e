"""Wrong implementations of `mse` and `mse_gradient`."""
import numpy as np


def _prepare(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return X, y, w


def _right_mse(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return float(r @ r / len(y))


def _right_gradient(X, y, w):
    X, y, w = _prepare(X, y, w)
    return 2.0 / len(y) * (X.T @ (X @ w - y))


def mse_broadcasts_column_labels(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or len(y) != len(X) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return float(np.mean((X @ w - y) ** 2))


def gradient_broadcasts_column_labels(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or len(y) != len(X) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return 2.0 / len(y) * (X.T @ (X @ w - y))


def mse_rejects_column_labels(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    r = X @ w - y
    return float(r @ r / len(y))


def gradient_without_one_over_m(X, y, w):
    X, y, w = _prepare(X, y, w)
    return 2.0 * (X.T @ (X @ w - y))


def gradient_without_two(X, y, w):
    X, y, w = _prepare(X, y, w)
    return X.T @ (X @ w - y) / len(y)


def gradient_wrong_sign(X, y, w):
    X, y, w = _prepare(X, y, w)
    return 2.0 / len(y) * (X.T @ (y - X @ w))


def mse_sum(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return float(r @ r)


def mse_root(X, y, w):
    return float(np.sqrt(_right_mse(X, y, w)))


def mse_reshapes_y_in_place(X, y, w):
    y = np.asarray(y, dtype=float)
    if y.ndim == 2 and y.shape[1] == 1:
        y.shape = (y.shape[0],)            # changes the caller's array when it is already float
    return _right_mse(X, y, w)


MUTANTS = [
    ("mse", mse_broadcasts_column_labels, "broadcasts to an (m, m) matrix"),
    ("mse_gradient", gradient_broadcasts_column_labels, "broadcasts to an (m, m) matrix"),
    ("mse", mse_rejects_column_labels, "labels of shape (m, 1) are allowed in this notebook"),
    ("mse_gradient", gradient_without_one_over_m, "1/m is missing"),
    ("mse_gradient", gradient_without_two, "factor 2"),
    ("mse_gradient", gradient_wrong_sign, "wrong sign"),
    ("mse", mse_sum, "SUM of the squared residuals"),
    ("mse", mse_root, "RMSE"),
    ("mse", mse_reshapes_y_in_place, "modified y in place"),
]
