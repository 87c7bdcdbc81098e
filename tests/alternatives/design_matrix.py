"""Valid alternatives to `add_intercept` that must earn full marks."""
import numpy as np


def with_c_(X):
    X = np.array(X, dtype=float)
    if X.ndim not in (1, 2):
        raise ValueError("X must be 1-D or 2-D")
    return np.c_[np.ones(len(X)), X]


def preallocated(X):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X.reshape(-1, 1)
    elif X.ndim != 2:
        raise ValueError("X must be 1-D or 2-D")
    out = np.empty((X.shape[0], X.shape[1] + 1))
    out[:, 0] = 1
    out[:, 1:] = X
    return out


def with_insert(X):
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, np.newaxis]
    if X.ndim != 2:
        raise ValueError("X must be 1-D or 2-D")
    return np.insert(X, 0, 1.0, axis=1)


ALTERNATIVES = [("add_intercept", with_c_), ("add_intercept", preallocated),
                ("add_intercept", with_insert)]
