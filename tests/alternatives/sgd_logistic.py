"""Valid alternatives to `sgd_logistic` that must earn full marks."""
import numpy as np


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def shuffled_arange(X, y, step, batch_size, epochs, rng):
    """rng.shuffle of a fresh arange each epoch (another way to draw a random order)."""
    if step <= 0 or batch_size < 1:
        raise ValueError("step must be > 0 and batch_size >= 1")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float).reshape(-1)
    m, d = X.shape

    def loss(w):
        z = X @ w
        return np.mean(np.logaddexp(0, z) - y * z)

    w = np.zeros(d)
    losses = [loss(w)]
    for _ in range(epochs):
        order = np.arange(m)
        rng.shuffle(order)
        starts = range(0, m, batch_size)
        for batch in (order[s:s + batch_size] for s in starts):
            Xb, yb = X[batch], y[batch]
            w = w - step * Xb.T @ (_sigmoid(Xb @ w) - yb) / len(batch)
        losses.append(loss(w))
    return w, np.array(losses, dtype=float)


def choice_without_replacement(X, y, step, batch_size, epochs, rng):
    """rng.choice(m, m, replace=False) per epoch, and batches cut with np.split at multiples of batch_size."""
    if step <= 0 or batch_size < 1:
        raise ValueError("invalid step or batch size")
    X, y = np.asarray(X, dtype=float), np.ravel(y).astype(float)
    m = len(y)
    w = np.zeros(X.shape[1])
    history = np.empty(epochs + 1)
    z = X @ w
    history[0] = np.mean(np.logaddexp(0, z) - y * z)
    for e in range(epochs):
        order = rng.choice(m, size=m, replace=False)
        for batch in np.split(order, np.arange(batch_size, m, batch_size)):
            w -= step * X[batch].T @ (_sigmoid(X[batch] @ w) - y[batch]) / len(batch)
        z = X @ w
        history[e + 1] = np.mean(np.logaddexp(0, z) - y * z)
    return w, history


ALTERNATIVES = [("sgd_logistic", shuffled_arange), ("sgd_logistic", choice_without_replacement)]


# --- added (red team 3): np.array_split at the cut points batch_size, 2 * batch_size, ... gives the
# same consecutive batches (the last one holding the leftovers) as slicing ---------------------------
def array_split_at_cut_points(X, y, step, batch_size, epochs, rng):
    if step <= 0 or batch_size < 1:
        raise ValueError("step must be positive and batch_size at least 1")
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    m = len(y)
    w = np.zeros(X.shape[1])

    def loss(w):
        z = X @ w
        return float(np.mean(np.logaddexp(0.0, z) - y * z))

    losses = [loss(w)]
    for _ in range(epochs):
        for batch in np.array_split(rng.permutation(m), range(batch_size, m, batch_size)):
            p = np.exp(-np.logaddexp(0.0, -(X[batch] @ w)))
            w = w - step * X[batch].T @ (p - y[batch]) / len(batch)
        losses.append(loss(w))
    return w, np.array(losses)


ALTERNATIVES += [("sgd_logistic", array_split_at_cut_points)]
