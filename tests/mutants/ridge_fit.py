"""Wrong implementations of `ridge_fit`."""
import numpy as np


def _prepare(X, y, lam, check=True):
    if check and lam < 0:
        raise ValueError("lam must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("shapes")
    return X, y


def penalises_intercept(X, y, lam):
    X, y = _prepare(X, y, lam)
    return np.linalg.solve(X.T @ X + lam * np.eye(X.shape[1]), X.T @ y)


def adds_lam_to_every_entry(X, y, lam):
    X, y = _prepare(X, y, lam)
    return np.linalg.solve(X.T @ X + lam, X.T @ y)


def penalty_scaled_by_m(X, y, lam):
    X, y = _prepare(X, y, lam)
    P = len(y) * lam * np.eye(X.shape[1])
    P[0, 0] = 0.0
    return np.linalg.solve(X.T @ X + P, X.T @ y)


def half_penalty(X, y, lam):
    X, y = _prepare(X, y, lam)
    P = lam / 2 * np.eye(X.shape[1])
    P[0, 0] = 0.0
    return np.linalg.solve(X.T @ X + P, X.T @ y)


def frees_the_last_weight(X, y, lam):
    X, y = _prepare(X, y, lam)
    P = lam * np.eye(X.shape[1])
    P[-1, -1] = 0.0
    return np.linalg.solve(X.T @ X + P, X.T @ y)


def keeps_column_labels(X, y, lam):
    if lam < 0:
        raise ValueError("lam must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    P = lam * np.eye(X.shape[1])
    P[0, 0] = 0.0
    return np.linalg.solve(X.T @ X + P, X.T @ y)


def no_check_for_negative_penalty(X, y, lam):
    X, y = _prepare(X, y, lam, check=False)
    P = lam * np.eye(X.shape[1])
    P[0, 0] = 0.0
    return np.linalg.solve(X.T @ X + P, X.T @ y)


MUTANTS = [
    ("ridge_fit", penalises_intercept, "penalised the intercept"),
    ("ridge_fit", adds_lam_to_every_entry, "EVERY entry"),
    ("ridge_fit", penalty_scaled_by_m, "m times too strong"),
    ("ridge_fit", half_penalty, "half as strong"),
    ("ridge_fit", frees_the_last_weight, None),
    ("ridge_fit", keeps_column_labels, "ravel"),
    ("ridge_fit", no_check_for_negative_penalty, "should raise ValueError"),
]
