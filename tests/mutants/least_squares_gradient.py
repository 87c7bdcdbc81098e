"""Wrong implementations of `least_squares_loss` and `least_squares_gradient`."""
import numpy as np


def _checked(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return X, y, w


def gradient_without_mean(X, y, w):
    X, y, w = _checked(X, y, w)
    return 2 * X.T @ (X @ w - y)


def gradient_without_two(X, y, w):
    X, y, w = _checked(X, y, w)
    return X.T @ (X @ w - y) / len(y)


def gradient_without_constants(X, y, w):
    X, y, w = _checked(X, y, w)
    return X.T @ (X @ w - y)


def gradient_wrong_sign(X, y, w):
    X, y, w = _checked(X, y, w)
    return 2 / len(y) * X.T @ (y - X @ w)


def loss_as_sum(X, y, w):
    X, y, w = _checked(X, y, w)
    r = X @ w - y
    return float(r @ r)


def loss_with_half(X, y, w):
    X, y, w = _checked(X, y, w)
    r = X @ w - y
    return float(r @ r / (2 * len(y)))


def loss_rmse(X, y, w):
    X, y, w = _checked(X, y, w)
    r = X @ w - y
    return float(np.sqrt(r @ r / len(y)))


def gradient_no_shape_check(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    r = X @ w - y.ravel()
    return 2 / len(r) * X.T @ r


def loss_broadcasts_column(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    return float(np.mean((X @ w - y) ** 2))


def loss_scipy_norm(X, y, w):
    import scipy.linalg
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return float(scipy.linalg.norm(X @ w - y) ** 2 / len(y))


def gradient_scipy_approx_fprime(X, y, w):
    from scipy.optimize import approx_fprime
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return approx_fprime(w, lambda v: np.mean((X @ v - y) ** 2))


def gradient_as_a_list(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    r = X @ w - y
    return [2 / len(y) * float(X[:, j] @ r) for j in range(X.shape[1])]


def loss_divided_by_d(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    r = X @ w - y
    return float(r @ r / len(w))


def gradient_divided_by_d(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return 2 / X.shape[1] * X.T @ (X @ w - y)


MUTANTS = [
    ("least_squares_gradient", gradient_without_mean, "dropped the 1/N"),
    ("least_squares_gradient", gradient_without_two, "factor 2 from differentiating the square"),
    ("least_squares_gradient", gradient_without_constants, "both the 2"),
    ("least_squares_gradient", gradient_wrong_sign, "wrong sign"),
    ("least_squares_loss", loss_as_sum, "SUM of the squared residuals"),
    ("least_squares_loss", loss_with_half, "extra factor ½"),
    ("least_squares_loss", loss_rmse, "RMSE"),
    ("least_squares_gradient", gradient_no_shape_check, "should raise ValueError"),
    ("least_squares_loss", loss_broadcasts_column, "4×4 matrix"),
    ("least_squares_loss", loss_scipy_norm, "asks you not to use"),
    ("least_squares_gradient", gradient_scipy_approx_fprime, "asks you not to use"),
    ("least_squares_gradient", gradient_as_a_list, "the task asks for a NumPy array"),
    ("least_squares_loss", loss_divided_by_d, "divide by N = len(y)"),
    ("least_squares_gradient", gradient_divided_by_d, "divide by N = len(y)"),
]
