"""Wrong implementations of `sgd_logistic`."""
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _loss(X, y, w):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _gradient(X, y, w):
    return X.T @ (_sigmoid(X @ w) - y) / len(y)


def _prepare(X, y, step, batch_size):
    if step <= 0 or batch_size < 1:
        raise ValueError("bad step or batch size")
    return np.asarray(X, dtype=float), np.ravel(np.asarray(y, dtype=float))


def _run(X, y, step, batch_size, epochs, rng, *, sign=-1.0, shuffle=True, keep_last=True,
         per_batch=False, batch_sum=False):
    X, y = _prepare(X, y, step, batch_size)
    m, d = X.shape
    w = np.zeros(d)
    losses = [_loss(X, y, w)]
    stop = m if keep_last else m - batch_size + 1
    for _ in range(epochs):
        order = rng.permutation(m) if shuffle else np.arange(m)
        for start in range(0, stop, batch_size):
            batch = order[start:start + batch_size]
            g = _gradient(X[batch], y[batch], w) * (len(batch) if batch_sum else 1)
            w = w + sign * step * g
            if per_batch:
                losses.append(_loss(X, y, w))
        if not per_batch:
            losses.append(_loss(X, y, w))
    return w, np.array(losses)


def uphill(X, y, step, batch_size, epochs, rng):
    return _run(X, y, step, batch_size, epochs, rng, sign=1.0)


def never_shuffles(X, y, step, batch_size, epochs, rng):
    return _run(X, y, step, batch_size, epochs, rng, shuffle=False)


def drops_last_batch(X, y, step, batch_size, epochs, rng):
    return _run(X, y, step, batch_size, epochs, rng, keep_last=False)


def loss_per_batch(X, y, step, batch_size, epochs, rng):
    return _run(X, y, step, batch_size, epochs, rng, per_batch=True)


def batch_sum_not_mean(X, y, step, batch_size, epochs, rng):
    return _run(X, y, step, batch_size, epochs, rng, batch_sum=True)


def one_batch_per_epoch(X, y, step, batch_size, epochs, rng):
    X, y = _prepare(X, y, step, batch_size)
    w = np.zeros(X.shape[1])
    losses = [_loss(X, y, w)]
    for _ in range(epochs):
        batch = rng.permutation(len(y))[:batch_size]
        w = w - step * _gradient(X[batch], y[batch], w)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


MUTANTS = [
    ("sgd_logistic", uphill, "move against the MEAN gradient"),
    ("sgd_logistic", never_shuffles, "does not draw from `rng`"),
    ("sgd_logistic", drops_last_batch, "the last, shorter batch"),
    ("sgd_logistic", loss_per_batch, "not one per batch"),
    ("sgd_logistic", batch_sum_not_mean, None),
    ("sgd_logistic", one_batch_per_epoch, None),
]
