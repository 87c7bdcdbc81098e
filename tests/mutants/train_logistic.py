"""Wrong implementations of `train_logistic`."""
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _loss(X, y, w):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _prepare(X, y, step, iterations):
    if step <= 0 or iterations < 0:
        raise ValueError("bad step or iterations")
    return np.asarray(X, dtype=float), np.ravel(np.asarray(y, dtype=float))


def uphill(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    w = np.zeros(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(iterations):
        w = w + step * X.T @ (_sigmoid(X @ w) - y) / len(y)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def gradient_without_mean(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    w = np.zeros(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(iterations):
        w = w - step * X.T @ (_sigmoid(X @ w) - y)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def no_initial_loss(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    w = np.zeros(X.shape[1])
    losses = []
    for _ in range(iterations):
        w = w - step * X.T @ (_sigmoid(X @ w) - y) / len(y)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def loss_before_update(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    w = np.zeros(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(iterations):
        losses.append(_loss(X, y, w))
        w = w - step * X.T @ (_sigmoid(X @ w) - y) / len(y)
    return w, np.array(losses)


def starts_from_ones(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    w = np.ones(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(iterations):
        w = w - step * X.T @ (_sigmoid(X @ w) - y) / len(y)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def labels_not_flattened(X, y, step, iterations):
    if step <= 0 or iterations < 0:
        raise ValueError("bad step or iterations")
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    w = np.zeros(X.shape[1])
    losses = [float(np.mean(np.logaddexp(0.0, X @ w) - y * (X @ w)))]
    for _ in range(iterations):
        w = w - step * X.T @ (_sigmoid(X @ w) - y.ravel()) / len(y)
        losses.append(float(np.mean(np.logaddexp(0.0, X @ w) - y * (X @ w))))
    return w, np.array(losses)


def no_step_check(X, y, step, iterations):
    X, y = np.asarray(X, dtype=float), np.ravel(np.asarray(y, dtype=float))
    w = np.zeros(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(max(iterations, 0)):
        w = w - step * X.T @ (_sigmoid(X @ w) - y) / len(y)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


MUTANTS = [
    ("train_logistic", uphill, "went uphill"),
    ("train_logistic", gradient_without_mean, "m times too long"),
    ("train_logistic", no_initial_loss, "iterations + 1 values"),
    ("train_logistic", loss_before_update, "loss of the w you return"),
    ("train_logistic", starts_from_ones, "start from w = np.zeros(d)"),
    ("train_logistic", labels_not_flattened, "np.ravel(y)"),
    ("train_logistic", no_step_check, None),
]
