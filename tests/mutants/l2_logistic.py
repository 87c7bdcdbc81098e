"""Wrong implementations of `l2_loss_and_gradient`."""
import numpy as np


def _plain(X, y, w, lam):
    if lam < 0:
        raise ValueError("lam")
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    w = np.asarray(w, dtype=float)
    z = X @ w
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return float(np.mean(np.logaddexp(0.0, z) - y * z)), X.T @ (p - y) / len(y), w


def penalises_intercept(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, lam)
    return loss + 0.5 * lam * float(w @ w), gradient + lam * w


def penalty_not_halved(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, lam)
    v = np.concatenate([[0.0], w[1:]])
    return loss + lam * float(v @ v), gradient + 2 * lam * v


def loss_not_halved(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, lam)
    v = np.concatenate([[0.0], w[1:]])
    return loss + lam * float(v @ v), gradient + lam * v


def gradient_without_penalty(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, lam)
    v = np.concatenate([[0.0], w[1:]])
    return loss + 0.5 * lam * float(v @ v), gradient


def zeroes_intercept_in_place(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, lam)
    penalised = w                     # not a copy: the caller's w loses its intercept
    penalised[0] = 0.0
    return loss + 0.5 * lam * float(penalised @ penalised), gradient + lam * penalised


def no_lambda_check(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, abs(lam))
    v = np.concatenate([[0.0], w[1:]])
    return loss + 0.5 * lam * float(v @ v), gradient + lam * v


MUTANTS = [
    ("l2_loss_and_gradient", penalises_intercept, "penalised the intercept"),
    ("l2_loss_and_gradient", penalty_not_halved, "factor of 2"),
    ("l2_loss_and_gradient", loss_not_halved, "factor of 2"),
    ("l2_loss_and_gradient", gradient_without_penalty, "does not include the penalty"),
    ("l2_loss_and_gradient", zeroes_intercept_in_place, "in place"),
    ("l2_loss_and_gradient", no_lambda_check, None),
]


# --- added: bans (SciPy, scikit-learn), a penalty divided by m -----------------------------------
import scipy.special
from sklearn.utils.extmath import squared_norm


def _slopes(w):
    return np.concatenate([[0.0], w[1:]])


def with_expit(X, y, w, lam):
    loss, _, w = _plain(X, y, w, lam)
    X, y = np.asarray(X, dtype=float), np.ravel(np.asarray(y, dtype=float))
    v = _slopes(w)
    return loss + 0.5 * lam * float(v @ v), X.T @ (scipy.special.expit(X @ w) - y) / len(y) + lam * v


def with_log_expit(X, y, w, lam):
    _, gradient, w = _plain(X, y, w, lam)
    X, y = np.asarray(X, dtype=float), np.ravel(np.asarray(y, dtype=float))
    z = X @ w
    loss = float(np.mean(-y * scipy.special.log_expit(z) - (1 - y) * scipy.special.log_expit(-z)))
    v = _slopes(w)
    return loss + 0.5 * lam * float(v @ v), gradient + lam * v


def with_scipy_logsumexp(X, y, w, lam):
    _, gradient, w = _plain(X, y, w, lam)
    X, y = np.asarray(X, dtype=float), np.ravel(np.asarray(y, dtype=float))
    z = X @ w
    loss = float(np.mean(scipy.special.logsumexp(np.stack([np.zeros_like(z), z]), axis=0) - y * z))
    v = _slopes(w)
    return loss + 0.5 * lam * float(v @ v), gradient + lam * v


def with_sklearn_squared_norm(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, lam)
    return loss + 0.5 * lam * float(squared_norm(w[1:])), gradient + lam * _slopes(w)


def penalty_divided_by_m(X, y, w, lam):
    loss, gradient, w = _plain(X, y, w, lam)
    m = len(np.ravel(y))
    v = _slopes(w)
    return loss + 0.5 * lam / m * float(v @ v), gradient + lam / m * v


MUTANTS += [
    ("l2_loss_and_gradient", with_expit, "asks you not to use"),
    ("l2_loss_and_gradient", with_log_expit, "asks you not to use"),
    ("l2_loss_and_gradient", with_scipy_logsumexp, "asks you not to use"),
    ("l2_loss_and_gradient", with_sklearn_squared_norm, "asks you not to use"),
    ("l2_loss_and_gradient", penalty_divided_by_m, "divided by m"),
]
