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


# --- added: bans (SciPy, scikit-learn), one shuffle for all epochs, sampling with replacement,
# the global stream -------------------------------------------------------------------------------
import scipy.special
from sklearn.utils import gen_batches


def one_shuffle_for_all_epochs(X, y, step, batch_size, epochs, rng):
    X, y = _prepare(X, y, step, batch_size)
    m, d = X.shape
    w = np.zeros(d)
    losses = [_loss(X, y, w)]
    order = rng.permutation(m)
    for _ in range(epochs):
        for start in range(0, m, batch_size):
            batch = order[start:start + batch_size]
            w = w - step * _gradient(X[batch], y[batch], w)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def samples_with_replacement(X, y, step, batch_size, epochs, rng):
    X, y = _prepare(X, y, step, batch_size)
    m, d = X.shape
    w = np.zeros(d)
    losses = [_loss(X, y, w)]
    for _ in range(epochs):
        order = rng.integers(0, m, size=m)
        for start in range(0, m, batch_size):
            batch = order[start:start + batch_size]
            w = w - step * _gradient(X[batch], y[batch], w)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def global_numpy_stream(X, y, step, batch_size, epochs, rng):
    X, y = _prepare(X, y, step, batch_size)
    m, d = X.shape
    w = np.zeros(d)
    losses = [_loss(X, y, w)]
    for _ in range(epochs):
        order = np.random.permutation(m)
        for start in range(0, m, batch_size):
            batch = order[start:start + batch_size]
            w = w - step * _gradient(X[batch], y[batch], w)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def with_expit(X, y, step, batch_size, epochs, rng):
    X, y = _prepare(X, y, step, batch_size)
    m, d = X.shape
    w = np.zeros(d)
    losses = [_loss(X, y, w)]
    for _ in range(epochs):
        order = rng.permutation(m)
        for start in range(0, m, batch_size):
            b = order[start:start + batch_size]
            w = w - step * X[b].T @ (scipy.special.expit(X[b] @ w) - y[b]) / len(b)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def with_scipy_softmax(X, y, step, batch_size, epochs, rng):
    X, y = _prepare(X, y, step, batch_size)
    m, d = X.shape
    w = np.zeros(d)
    losses = [_loss(X, y, w)]
    for _ in range(epochs):
        order = rng.permutation(m)
        for start in range(0, m, batch_size):
            b = order[start:start + batch_size]
            z = X[b] @ w
            p = scipy.special.softmax(np.column_stack([z, np.zeros_like(z)]), axis=1)[:, 0]
            w = w - step * X[b].T @ (p - y[b]) / len(b)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


def sklearn_gen_batches(X, y, step, batch_size, epochs, rng):
    X, y = _prepare(X, y, step, batch_size)
    m, d = X.shape
    w = np.zeros(d)
    losses = [_loss(X, y, w)]
    for _ in range(epochs):
        order = rng.permutation(m)
        for piece in gen_batches(m, batch_size):
            batch = order[piece]
            w = w - step * _gradient(X[batch], y[batch], w)
        losses.append(_loss(X, y, w))
    return w, np.array(losses)


MUTANTS += [
    ("sgd_logistic", one_shuffle_for_all_epochs, "FRESH order"),
    ("sgd_logistic", samples_with_replacement, "exactly once"),
    ("sgd_logistic", global_numpy_stream, "draw every random number from the generator"),
    ("sgd_logistic", with_expit, "asks you not to use"),
    ("sgd_logistic", with_scipy_softmax, "asks you not to use"),
    ("sgd_logistic", sklearn_gen_batches, "asks you not to use"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def _rt_prepare(X, y, step, batch_size):
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    if step <= 0 or batch_size < 1:
        raise ValueError("bad arguments")
    return X, y


def _rt_grad(X, y, w):
    return X.T @ (np.exp(-np.logaddexp(0.0, -(X @ w))) - y) / len(y)


def _rt_loss(X, y, w):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def array_split_batches(X, y, step, batch_size, epochs, rng):
    X, y = _rt_prepare(X, y, step, batch_size)
    m = len(y)
    w = np.zeros(X.shape[1])
    losses = [_rt_loss(X, y, w)]
    for _ in range(epochs):
        for batch in np.array_split(rng.permutation(m), max(m // batch_size, 1)):
            w = w - step * _rt_grad(X[batch], y[batch], w)
        losses.append(_rt_loss(X, y, w))
    return w, np.array(losses)


def shuffles_the_callers_rows(X, y, step, batch_size, epochs, rng):
    X = np.asarray(X)                    # no copy for a float array: the caller's X is shuffled
    y = np.ravel(np.asarray(y, dtype=float)).copy()
    if step <= 0 or batch_size < 1:
        raise ValueError("bad arguments")
    m = len(y)
    w = np.zeros(X.shape[1])
    losses = [_rt_loss(X.astype(float), y, w)]
    for _ in range(epochs):
        order = rng.permutation(m)
        X[:] = X[order]
        y = y[order]
        for start in range(0, m, batch_size):
            rows = slice(start, start + batch_size)
            w = w - step * _rt_grad(X[rows].astype(float), y[rows], w)
        losses.append(_rt_loss(X.astype(float), y, w))
    return w, np.array(losses)


MUTANTS += [("sgd_logistic", array_split_batches, "ceil(m / batch_size)"),
            ("sgd_logistic", shuffles_the_callers_rows, "modified X in place")]


# --- added (red team 3): np.array_split into ceil(m / batch_size) parts: the right number of steps,
# but batches of nearly equal sizes instead of batch_size and the leftovers ---------------------------
def array_split_into_ceil_parts(X, y, step, batch_size, epochs, rng):
    X, y = _rt_prepare(X, y, step, batch_size)
    m = len(y)
    w = np.zeros(X.shape[1])
    losses = [_rt_loss(X, y, w)]
    for _ in range(epochs):
        for batch in np.array_split(rng.permutation(m), -(-m // batch_size)):
            w = w - step * _rt_grad(X[batch], y[batch], w)
        losses.append(_rt_loss(X, y, w))
    return w, np.array(losses)


MUTANTS += [("sgd_logistic", array_split_into_ceil_parts, "batches of 4 and 1")]
