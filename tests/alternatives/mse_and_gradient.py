"""Valid alternatives to `mse` and `mse_gradient` that must earn full marks."""
import numpy as np


def _prepare(X, y, w):
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    m, d = X.shape
    if y.shape == (m, 1):
        y = y.reshape(m)
    if y.shape != (m,) or w.shape != (d,):
        raise ValueError("shapes")
    return X, y, w


def mse_with_mean(X, y, w):
    X, y, w = _prepare(X, y, w)
    return np.mean((X @ w - y) ** 2)            # an np.float64 is a float too


def mse_with_norm(X, y, w):
    X, y, w = _prepare(X, y, w)
    return float(np.linalg.norm(X.dot(w) - y) ** 2 / X.shape[0])


def gradient_with_einsum(X, y, w):
    X, y, w = _prepare(X, y, w)
    r = np.einsum("ij,j->i", X, w) - y
    return 2 * np.einsum("ij,i->j", X, r) / len(r)


def gradient_with_dot(X, y, w):
    X, y, w = _prepare(X, y, w)
    m = X.shape[0]
    return (2.0 / m) * X.T.dot(X.dot(w)) - (2.0 / m) * X.T.dot(y)


ALTERNATIVES = [("mse", mse_with_mean), ("mse", mse_with_norm),
                ("mse_gradient", gradient_with_einsum), ("mse_gradient", gradient_with_dot)]
