"""Valid alternatives to `train_logistic` that must earn full marks."""
import numpy as np


def preallocated(X, y, step, iterations):
    if step <= 0 or iterations < 0:
        raise ValueError("step must be > 0, iterations >= 0")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1)
    m, d = X.shape
    w = np.zeros(d)
    losses = np.empty(iterations + 1)
    for k in range(iterations + 1):
        z = X @ w
        losses[k] = np.mean(np.logaddexp(0.0, z) - y * z)
        if k == iterations:
            break
        p = np.exp(-np.logaddexp(0.0, -z))
        w = w - step * (X.T @ (p - y)) / m
    return w, losses


def with_inner_helpers(X, y, step, iterations):
    if not step > 0 or iterations < 0:
        raise ValueError("invalid step or iterations")
    X, y = np.asarray(X, dtype=float), np.ravel(y).astype(float)

    def loss(w):
        z = X.dot(w)
        return float(np.mean(np.maximum(z, 0) - y * z + np.log1p(np.exp(-np.abs(z)))))

    def grad(w):
        z = X.dot(w)
        e = np.exp(-np.abs(z))
        p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        return X.T.dot(p - y) / len(y)

    w = np.zeros(X.shape[1])
    history = [loss(w)]
    for _ in range(iterations):
        w -= step * grad(w)
        history.append(loss(w))
    return w, np.asarray(history)


ALTERNATIVES = [("train_logistic", preallocated), ("train_logistic", with_inner_helpers)]
