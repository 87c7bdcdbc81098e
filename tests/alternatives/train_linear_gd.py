"""Valid alternatives to `train_linear_gd` that must earn full marks."""
import numpy as np


def _prepare(X, y, step, iterations):
    if step <= 0 or iterations < 0:
        raise ValueError("step must be > 0 and iterations >= 0")
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if y.shape == (X.shape[0], 1):
        y = y[:, 0]
    if y.shape != (X.shape[0],):
        raise ValueError("y has the wrong shape")
    return X, y


def preallocated_losses(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    m, d = X.shape
    w = np.zeros(d)
    losses = np.empty(iterations + 1)
    for k in range(iterations + 1):
        r = X @ w - y
        losses[k] = np.mean(r ** 2)
        if k < iterations:
            w -= step * 2 / m * X.T @ r
    return w, losses


def with_mse_helpers(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    m = len(y)

    def loss(w):
        return float(np.sum((X.dot(w) - y) ** 2) / m)

    def gradient(w):
        return 2 * X.T.dot(X.dot(w) - y) / m

    w = np.zeros(X.shape[1])
    history = [loss(w)]
    for _ in range(iterations):
        w = w - step * gradient(w)
        history.append(loss(w))
    return w, np.array(history, dtype=float)


ALTERNATIVES = [("train_linear_gd", preallocated_losses), ("train_linear_gd", with_mse_helpers)]
