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


# --- added: bans of the notebook's ground rules, shapes that must raise -----------------------
import scipy.linalg
from sklearn.metrics import mean_squared_error


def sklearn_mse(X, y, w):
    X, y, w = _prepare(X, y, w)
    return float(mean_squared_error(y, X @ w))


def scipy_norm_mse(X, y, w):
    X, y, w = _prepare(X, y, w)
    return float(scipy.linalg.norm(X @ w - y) ** 2 / len(y))


def mse_polyfit(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    square = np.polyfit([-1.0, 0.0, 1.0], [1.0, 0.0, 1.0], 2)      # the coefficients of t²
    return float(np.polyval(square, r).mean())


def mse_polynomial_module(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return float(np.polynomial.polynomial.polyval(r, [0.0, 0.0, 1.0]).mean())


def mse_vander(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return float(np.vander(r, 3)[:, 0].mean())


def mse_inv_of_m(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return float(r @ r * np.linalg.inv([[len(y)]])[0, 0])


def mse_pinv_of_m(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return float(r @ r * np.linalg.pinv([[len(y)]])[0, 0])


def gradient_scipy_solve(X, y, w):
    X, y, w = _prepare(X, y, w)
    return scipy.linalg.solve(np.eye(len(y)) * len(y) / 2.0, X @ w - y) @ X


def gradient_sklearn_check(X, y, w):
    from sklearn.utils import check_array
    X, y, w = _prepare(check_array(X), y, w)
    return 2.0 / len(y) * (X.T @ (X @ w - y))


def gradient_inv_of_m(X, y, w):
    X, y, w = _prepare(X, y, w)
    return 2.0 * np.linalg.inv([[len(y)]])[0, 0] * (X.T @ (X @ w - y))


def gradient_pinv_of_m(X, y, w):
    X, y, w = _prepare(X, y, w)
    return 2.0 * np.linalg.pinv([[len(y)]])[0, 0] * (X.T @ (X @ w - y))


def gradient_polyder(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    two_r = np.polyval(np.polyder(np.polyfit([0.0, 1.0, 2.0], [0.0, 1.0, 4.0], 2)), r)
    return X.T @ two_r / len(y)


def gradient_vander(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return 2.0 / len(y) * (X.T @ np.vander(r, 2)[:, 0])


def gradient_polynomial_module(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = X @ w - y
    return X.T @ np.polynomial.polynomial.polyval(r, [0.0, 2.0]) / len(y)


def _ravel_all(X, y, w):
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    y, w = np.ravel(np.asarray(y, dtype=float)), np.ravel(np.asarray(w, dtype=float))
    if y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return X, y, w


def mse_ravels_everything(X, y, w):
    X, y, w = _ravel_all(X, y, w)
    r = X @ w - y
    return float(r @ r / len(y))


def gradient_ravels_everything(X, y, w):
    X, y, w = _ravel_all(X, y, w)
    return 2.0 / len(y) * (X.T @ (X @ w - y))


def gradient_accepts_1d_x(X, y, w):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, None]
    return _right_gradient(X, y, w)


MUTANTS += [
    ("mse", sklearn_mse, "asks you not to use"),
    ("mse", scipy_norm_mse, "asks you not to use"),
    ("mse", mse_polyfit, "asks you not to use"),
    ("mse", mse_polynomial_module, "asks you not to use"),
    ("mse", mse_vander, "asks you not to use"),
    ("mse", mse_inv_of_m, "asks you not to use"),
    ("mse", mse_pinv_of_m, "asks you not to use"),
    ("mse_gradient", gradient_scipy_solve, "asks you not to use"),
    ("mse_gradient", gradient_sklearn_check, "asks you not to use"),
    ("mse_gradient", gradient_inv_of_m, "asks you not to use"),
    ("mse_gradient", gradient_pinv_of_m, "asks you not to use"),
    ("mse_gradient", gradient_polyder, "asks you not to use"),
    ("mse_gradient", gradient_vander, "asks you not to use"),
    ("mse_gradient", gradient_polynomial_module, "asks you not to use"),
    ("mse", mse_ravels_everything, "w must have shape (d,)"),
    ("mse_gradient", gradient_ravels_everything, "w must have shape (d,)"),
    ("mse_gradient", gradient_accepts_1d_x, "a 1-D X"),
]
