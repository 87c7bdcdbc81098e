"""Valid alternatives to `l2_loss_and_gradient` that must earn full marks."""
import numpy as np


def with_a_mask(X, y, w, lam):
    if lam < 0:
        raise ValueError("lam must be >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1)
    w = np.asarray(w, dtype=float)
    mask = np.ones_like(w)
    mask[0] = 0.0
    z = X @ w
    loss = np.mean(np.maximum(z, 0) - y * z + np.log1p(np.exp(-np.abs(z)))) + lam / 2 * np.sum((mask * w) ** 2)
    p = np.exp(-np.logaddexp(0.0, -z))
    return float(loss), X.T @ (p - y) / len(y) + lam * mask * w


def with_slices(X, y, w, lam):
    if lam < 0:
        raise ValueError("lam must be >= 0")
    X, w = np.asarray(X, dtype=float), np.array(w, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    z = X.dot(w)
    loss = float(np.mean(np.logaddexp(0.0, z) - y * z)) + 0.5 * lam * float(w[1:].dot(w[1:]))
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    gradient = X.T.dot(p - y) / len(y)
    gradient[1:] += lam * w[1:]
    return loss, gradient


ALTERNATIVES = [("l2_loss_and_gradient", with_a_mask), ("l2_loss_and_gradient", with_slices)]
