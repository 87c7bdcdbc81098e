"""Valid alternatives to `logistic_gradient` that must earn full marks."""
import numpy as np


def _checked(X, y, w):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1)
    if X.ndim != 2 or w.shape != (X.shape[1],) or y.shape != (X.shape[0],):
        raise ValueError("shapes do not fit")
    return X, y, w


def with_tanh_sigmoid(X, y, w):
    X, y, w = _checked(X, y, w)
    p = 0.5 * (1.0 + np.tanh(X @ w / 2.0))
    return X.T @ (p - y) / X.shape[0]


def with_einsum_and_logaddexp(X, y, w):
    X, y, w = _checked(X, y, w)
    p = np.exp(-np.logaddexp(0.0, -(X @ w)))
    return np.einsum("ij,i->j", X, p - y) / len(y)


ALTERNATIVES = [("logistic_gradient", with_tanh_sigmoid),
                ("logistic_gradient", with_einsum_and_logaddexp)]
