"""Valid alternatives to `fit_least_squares` that must earn full marks."""
import numpy as np


def _prepare(X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    m, d = X.shape
    if y.shape == (m, 1):
        y = y.ravel()
    if y.shape != (m,) or m < d:
        raise ValueError("shapes")
    return X, y


def with_lstsq(X, y):
    X, y = _prepare(X, y)
    return np.linalg.lstsq(X, y, rcond=None)[0]


def with_qr(X, y):
    X, y = _prepare(X, y)
    Q, R = np.linalg.qr(X)
    return np.linalg.solve(R, Q.T @ y)


def with_cholesky(X, y):
    X, y = _prepare(X, y)
    L = np.linalg.cholesky(X.T @ X)
    return np.linalg.solve(L.T, np.linalg.solve(L, X.T @ y))


ALTERNATIVES = [("fit_least_squares", with_lstsq), ("fit_least_squares", with_qr),
                ("fit_least_squares", with_cholesky)]
