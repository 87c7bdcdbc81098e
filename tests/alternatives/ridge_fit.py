"""Valid alternatives to `ridge_fit` that must earn full marks."""
import numpy as np


def _prepare(X, y, lam):
    if lam < 0:
        raise ValueError("lam must be >= 0")
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if y.shape == (len(X), 1):
        y = y[:, 0]
    if y.shape != (len(X),):
        raise ValueError("y has the wrong shape")
    return X, y


def with_diag(X, y, lam):
    X, y = _prepare(X, y, lam)
    d = X.shape[1]
    I_prime = np.diag(np.r_[0.0, np.ones(d - 1)])
    return np.linalg.solve(X.T.dot(X) + lam * I_prime, X.T.dot(y))


def centred_slopes_then_intercept(X, y, lam):
    """column 0 is the intercept: centre the features and labels, solve for the slopes, and recover
    w0 = ȳ − x̄ᵀ w_slopes (the unpenalised intercept absorbs the means)."""
    X, y = _prepare(X, y, lam)
    if X.shape[1] == 1:
        return np.array([y.mean()])
    F = X[:, 1:]
    F_mean, y_mean = F.mean(axis=0), y.mean()
    Fc, yc = F - F_mean, y - y_mean
    slopes = np.linalg.solve(Fc.T @ Fc + lam * np.eye(F.shape[1]), Fc.T @ yc)
    return np.concatenate([[y_mean - F_mean @ slopes], slopes])


ALTERNATIVES = [("ridge_fit", with_diag), ("ridge_fit", centred_slopes_then_intercept)]
