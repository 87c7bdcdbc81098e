"""Wrong implementations of `train_linear_gd`."""
import numpy as np


def _prepare(X, y, step, iterations, flatten=True):
    if step <= 0 or iterations < 0:
        raise ValueError("step and iterations")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if flatten and y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    return X, y


def _train(X, y, step, iterations, gradient, start=None):
    X, y = _prepare(X, y, step, iterations)
    m, d = X.shape
    w = np.zeros(d) if start is None else start(d)
    losses = [np.mean((X @ w - y) ** 2)]
    for _ in range(iterations):
        w = w - step * gradient(X, y, w, m)
        losses.append(np.mean((X @ w - y) ** 2))
    return w, np.array(losses)


def gradient_ascent(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: -2.0 / m * X.T @ (X @ w - y))


def gradient_without_one_over_m(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: 2.0 * X.T @ (X @ w - y))


def gradient_without_two(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: X.T @ (X @ w - y) / m)


def starts_from_ones(X, y, step, iterations):
    return _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y),
                  start=np.ones)


def losses_after_each_step_only(X, y, step, iterations):
    w, losses = _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))
    return w, losses[1:]


def losses_before_each_step_only(X, y, step, iterations):
    w, losses = _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))
    return w, losses[:-1]


def broadcasts_column_labels(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations, flatten=False)
    m, d = X.shape
    w = np.zeros(d)
    losses = [np.mean((X @ w - y) ** 2)]
    for _ in range(iterations):
        w = w - step * 2.0 / m * X.T @ (X @ w - y)
        losses.append(np.mean((X @ w - y) ** 2))
    return w, np.array(losses)


def closed_form_weights(X, y, step, iterations):
    _, losses = _train(X, y, step, iterations, lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))
    X, y = _prepare(X, y, step, iterations)
    return np.linalg.lstsq(X, y, rcond=None)[0], losses


def no_argument_checks(X, y, step, iterations):
    return _train(X, y, step if step > 0 else abs(step) + 1e-3, max(iterations, 0),
                  lambda X, y, w, m: 2.0 / m * X.T @ (X @ w - y))


MUTANTS = [
    ("train_linear_gd", gradient_ascent, "went uphill"),
    ("train_linear_gd", gradient_without_one_over_m, "without the 1/m"),
    ("train_linear_gd", gradient_without_two, "factor 2"),
    ("train_linear_gd", starts_from_ones, "w = np.zeros(d)"),
    ("train_linear_gd", losses_after_each_step_only, "iterations + 1 entries"),
    ("train_linear_gd", losses_before_each_step_only, "iterations + 1 entries"),
    ("train_linear_gd", broadcasts_column_labels, "(m, m) matrix"),
    ("train_linear_gd", closed_form_weights, None),
    ("train_linear_gd", no_argument_checks, "ValueError was expected"),
]
