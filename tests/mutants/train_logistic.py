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


# --- added: bans (SciPy, scikit-learn), a list of losses, early stopping, one step too many -------
import scipy.optimize
import scipy.special
from sklearn.linear_model import LogisticRegression


def _right(X, y, step, iterations, sigmoid=_sigmoid):
    X, y = _prepare(X, y, step, iterations)
    w = np.zeros(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(iterations):
        w = w - step * X.T @ (sigmoid(X @ w) - y) / len(y)
        losses.append(_loss(X, y, w))
    return w, losses


def with_expit(X, y, step, iterations):
    w, losses = _right(X, y, step, iterations, sigmoid=scipy.special.expit)
    return w, np.array(losses)


def scipy_minimize_then_losses(X, y, step, iterations):
    w, losses = _right(X, y, step, iterations)
    Xf, yf = _prepare(X, y, step, iterations)
    scipy.optimize.minimize(lambda v: _loss(Xf, yf, v), np.zeros(Xf.shape[1]))   # "to compare"
    return w, np.array(losses)


def sklearn_compare(X, y, step, iterations):
    w, losses = _right(X, y, step, iterations)
    Xf, yf = _prepare(X, y, step, iterations)
    if len(set(yf)) == 2:
        LogisticRegression(fit_intercept=False).fit(Xf, yf)
    return w, np.array(losses)


def losses_as_a_list(X, y, step, iterations):
    return _right(X, y, step, iterations)


def stops_when_the_gradient_is_small(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    w = np.zeros(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(iterations):
        g = X.T @ (_sigmoid(X @ w) - y) / len(y)
        if np.linalg.norm(g) < 1e-4:
            break
        w = w - step * g
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def one_step_too_many(X, y, step, iterations):
    X, y = _prepare(X, y, step, iterations)
    w = np.zeros(X.shape[1])
    losses = []
    for _ in range(iterations + 1):
        losses.append(_loss(X, y, w))
        w = w - step * X.T @ (_sigmoid(X @ w) - y) / len(y)
    return w, np.array(losses)


MUTANTS += [
    ("train_logistic", with_expit, "asks you not to use"),
    ("train_logistic", scipy_minimize_then_losses, "asks you not to use"),
    ("train_logistic", sklearn_compare, "asks you not to use"),
    ("train_logistic", losses_as_a_list, "return np.array(losses)"),
    ("train_logistic", stops_when_the_gradient_is_small, "take exactly `iterations` steps"),
    ("train_logistic", one_step_too_many, "loss of the w you return"),
]
