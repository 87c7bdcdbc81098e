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


# --- added: bans of the notebook's ground rules, m < d rejected, label shapes ------------------
import scipy.linalg
from sklearn.linear_model import Ridge


def _penalty(d, lam):
    P = lam * np.eye(d)
    P[0, 0] = 0.0
    return P


def inverse_of_regularised_matrix(X, y, lam):
    X, y = _prepare(X, y, lam)
    return np.linalg.inv(X.T @ X + _penalty(X.shape[1], lam)) @ (X.T @ y)


def pinv_of_regularised_matrix(X, y, lam):
    X, y = _prepare(X, y, lam)
    return np.linalg.pinv(X.T @ X + _penalty(X.shape[1], lam)) @ (X.T @ y)


def scipy_solve(X, y, lam):
    X, y = _prepare(X, y, lam)
    return scipy.linalg.solve(X.T @ X + _penalty(X.shape[1], lam), X.T @ y)


def sklearn_ridge(X, y, lam):
    X, y = _prepare(X, y, lam)
    model = Ridge(alpha=lam).fit(X[:, 1:], y) if X.shape[1] > 1 else None
    if model is None:
        return np.array([y.mean()])
    return np.concatenate([[model.intercept_], model.coef_])


def penalty_from_vander(X, y, lam):
    X, y = _prepare(X, y, lam)
    d = X.shape[1]
    I_prime = np.diag(np.vander(np.arange(d, dtype=float), 1)[:, 0] * (np.arange(d) > 0))
    return np.linalg.solve(X.T @ X + lam * I_prime, X.T @ y)


def penalty_from_polynomial_module(X, y, lam):
    X, y = _prepare(X, y, lam)
    d = X.shape[1]
    ones = np.polynomial.polynomial.polyval(np.arange(d), [1.0])
    ones[0] = 0.0
    return np.linalg.solve(X.T @ X + lam * np.diag(ones), X.T @ y)


def polyfit_for_one_feature(X, y, lam):
    X, y = _prepare(X, y, lam)
    if lam == 0 and X.shape[1] == 2:
        return np.polyfit(X[:, 1], y, 1)[::-1]
    return np.linalg.solve(X.T @ X + _penalty(X.shape[1], lam), X.T @ y)


def copies_the_m_at_least_d_check(X, y, lam):
    X, y = _prepare(X, y, lam)
    if X.shape[0] < X.shape[1]:
        raise ValueError("fewer examples than weights")
    return np.linalg.solve(X.T @ X + _penalty(X.shape[1], lam), X.T @ y)


def ravels_any_label_shape(X, y, lam):
    if lam < 0:
        raise ValueError("lam must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    if X.ndim != 2 or y.shape != (X.shape[0],):
        raise ValueError("shapes")
    return np.linalg.solve(X.T @ X + _penalty(X.shape[1], lam), X.T @ y)


MUTANTS += [
    ("ridge_fit", inverse_of_regularised_matrix, "asks you not to use"),
    ("ridge_fit", pinv_of_regularised_matrix, "asks you not to use"),
    ("ridge_fit", scipy_solve, "asks you not to use"),
    ("ridge_fit", sklearn_ridge, "asks you not to use"),
    ("ridge_fit", penalty_from_vander, "asks you not to use"),
    ("ridge_fit", penalty_from_polynomial_module, "asks you not to use"),
    ("ridge_fit", polyfit_for_one_feature, "asks you not to use"),
    ("ridge_fit", copies_the_m_at_least_d_check, "allows fewer examples than weights"),
    ("ridge_fit", ravels_any_label_shape, "shapes as in section 2"),
]
