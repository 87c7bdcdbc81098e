"""Valid alternatives to `sgd_least_squares` that must earn full marks."""
import numpy as np


def shuffle_in_place_and_inline_gradient(X, y, step, batch_size, epochs, rng):
    """rng.shuffle of an arange is the very draw rng.permutation(N) makes; the gradient inline."""
    if not step > 0:
        raise ValueError("step must be positive")
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    X = np.array(X, dtype=float)
    y = np.array(y, dtype=float)
    N, d = X.shape
    w = np.zeros(d)
    losses = np.empty(epochs + 1)
    losses[0] = np.mean((X @ w - y) ** 2)
    for epoch in range(1, epochs + 1):
        order = np.arange(N)
        rng.shuffle(order)
        start = 0
        while start < N:
            batch = order[start:start + batch_size]
            Xb, yb = X[batch], y[batch]
            w = w - step * (2.0 / len(yb)) * Xb.T @ (Xb @ w - yb)
            start += batch_size
        losses[epoch] = np.mean((X @ w - y) ** 2)
    return w, losses


def boolean_free_index_arrays(X, y, step, batch_size, epochs, rng):
    """Batches by integer division of positions (batch number = position // batch_size)."""
    if step <= 0 or batch_size < 1:
        raise ValueError("invalid step or batch_size")
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    N = len(y)
    w = np.zeros(X.shape[1])
    losses = [float((X @ w - y) @ (X @ w - y)) / N]
    for _ in range(epochs):
        order = rng.permutation(N)
        n_batches = -(-N // batch_size)
        for k in range(n_batches):
            batch = order[k * batch_size:min((k + 1) * batch_size, N)]
            residual = np.einsum("ij,j->i", X[batch], w) - y[batch]
            w = w - step * 2.0 * np.einsum("i,ij->j", residual, X[batch]) / batch.size
        r = X @ w - y
        losses.append(float(r @ r) / N)
    return w, np.array(losses)


ALTERNATIVES = [("sgd_least_squares", shuffle_in_place_and_inline_gradient),
                ("sgd_least_squares", boolean_free_index_arrays)]
