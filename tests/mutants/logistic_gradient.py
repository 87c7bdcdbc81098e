"""Wrong implementations of `logistic_gradient`."""
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _checked(X, y, w):
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    w = np.asarray(w, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return X, y, w


def no_mean(X, y, w):
    X, y, w = _checked(X, y, w)
    return X.T @ (_sigmoid(X @ w) - y)


def flipped_sign(X, y, w):
    X, y, w = _checked(X, y, w)
    return X.T @ (y - _sigmoid(X @ w)) / len(y)


def labels_not_flattened(X, y, w):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2 or y.size != X.shape[0] or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    return X.T @ (_sigmoid(X @ w) - y) / len(y)


def overflowing_sigmoid(X, y, w):
    X, y, w = _checked(X, y, w)
    z = X @ w
    return X.T @ (np.exp(z) / (1.0 + np.exp(z)) - y) / len(y)


def divides_by_d(X, y, w):
    X, y, w = _checked(X, y, w)
    return X.T @ (_sigmoid(X @ w) - y) / X.shape[1]


def residual_in_place(X, y, w):
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))       # a view of a float y: no copy
    w = np.asarray(w, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    y -= _sigmoid(X @ w)
    return -(X.T @ y) / len(y)


def no_shape_checks(X, y, w):
    X = np.atleast_2d(np.asarray(X, dtype=float))
    y = np.ravel(np.asarray(y, dtype=float))
    w = np.ravel(np.asarray(w, dtype=float))
    z = X @ w[:X.shape[1]]
    return X.T @ (_sigmoid(z) - y[:len(z)]) / len(z)


MUTANTS = [
    ("logistic_gradient", no_mean, "m times too large"),
    ("logistic_gradient", flipped_sign, "wrong sign"),
    ("logistic_gradient", labels_not_flattened, "np.ravel(y)"),
    ("logistic_gradient", overflowing_sigmoid, "stable sigmoid"),
    ("logistic_gradient", divides_by_d, "instead of the number of examples m"),
    ("logistic_gradient", residual_in_place, "in place"),
    ("logistic_gradient", no_shape_checks, None),
]


# --- added: bans (SciPy, scikit-learn), a column of weights ---------------------------------------
import scipy.special
from sklearn.utils.extmath import softmax as _sk_softmax


def with_expit(X, y, w):
    X, y, w = _checked(X, y, w)
    return X.T @ (scipy.special.expit(X @ w) - y) / len(y)


def with_scipy_softmax(X, y, w):
    X, y, w = _checked(X, y, w)
    z = X @ w
    p = scipy.special.softmax(np.column_stack([z, np.zeros_like(z)]), axis=1)[:, 0]
    return X.T @ (p - y) / len(y)


def with_sklearn_softmax(X, y, w):
    X, y, w = _checked(X, y, w)
    z = X @ w
    p = _sk_softmax(np.column_stack([z, np.zeros_like(z)]))[:, 0]
    return X.T @ (p - y) / len(y)


def ravels_the_weights(X, y, w):
    return _correct(X, y, np.ravel(w))


def _correct(X, y, w):
    X, y, w = _checked(X, y, w)
    return X.T @ (_sigmoid(X @ w) - y) / len(y)


def squared_error_gradient(X, y, w):
    X, y, w = _checked(X, y, w)
    p = _sigmoid(X @ w)
    return X.T @ ((p - y) * p * (1 - p)) / len(y)


MUTANTS += [
    ("logistic_gradient", with_expit, "asks you not to use"),
    ("logistic_gradient", with_scipy_softmax, "asks you not to use"),
    ("logistic_gradient", with_sklearn_softmax, "asks you not to use"),
    ("logistic_gradient", ravels_the_weights, "w must have shape (d,)"),
    ("logistic_gradient", squared_error_gradient, "extra factor σ(z)(1 − σ(z))"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def factor_two_from_mse(X, y, w):
    X, y, w = _checked(X, y, w)
    return 2 * X.T @ (_sigmoid(X @ w) - y) / len(y)


MUTANTS += [("logistic_gradient", factor_two_from_mse, "twice too large")]


def reshapes_callers_labels(X, y, w):
    """y.shape = (-1,) on the caller's (m, 1) array: right values, the caller's y changes shape."""
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape not in ((X.shape[0],), (X.shape[0], 1)) or w.shape != (X.shape[1],):
        raise ValueError("shapes")
    y.shape = (-1,)
    return X.T @ (_sigmoid(X @ w) - y) / len(y)


MUTANTS += [("logistic_gradient", reshapes_callers_labels, "y.shape = ...")]
