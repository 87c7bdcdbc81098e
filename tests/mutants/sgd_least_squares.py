"""Wrong implementations of `sgd_least_squares`."""
import numpy as np


def _sgd(X, y, step, batch_size, epochs, rng, *, gradient="mean", order="shuffle",
         losses_from=0, last_batch=True):
    if step <= 0 or batch_size < 1:
        raise ValueError("bad step or batch size")
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    losses = [np.mean((X @ w - y) ** 2)]
    for _ in range(epochs):
        if order == "shuffle":
            idx = rng.permutation(n)
        elif order == "fixed":
            idx = np.arange(n)
        else:                                           # with replacement
            idx = rng.integers(0, n, size=n)
        stop = n if last_batch else n - batch_size + 1
        for start in range(0, stop, batch_size):
            b = idx[start:start + batch_size]
            r = X[b] @ w - y[b]
            if gradient == "mean":
                g = 2 / len(b) * X[b].T @ r
            elif gradient == "sum":
                g = 2 * X[b].T @ r
            else:                                       # divided by N instead of the batch size
                g = 2 / n * X[b].T @ r
            w = w - step * g
        losses.append(np.mean((X @ w - y) ** 2))
    return w, np.array(losses[losses_from:])


def summed_batch_gradient(X, y, step, batch_size, epochs, rng):
    with np.errstate(all="ignore"):
        return _sgd(X, y, step, batch_size, epochs, rng, gradient="sum")


def divides_by_n(X, y, step, batch_size, epochs, rng):
    return _sgd(X, y, step, batch_size, epochs, rng, gradient="by_n")


def never_shuffles(X, y, step, batch_size, epochs, rng):
    return _sgd(X, y, step, batch_size, epochs, rng, order="fixed")


def samples_with_replacement(X, y, step, batch_size, epochs, rng):
    return _sgd(X, y, step, batch_size, epochs, rng, order="replacement")


def no_initial_loss(X, y, step, batch_size, epochs, rng):
    return _sgd(X, y, step, batch_size, epochs, rng, losses_from=1)


def drops_the_last_batch(X, y, step, batch_size, epochs, rng):
    return _sgd(X, y, step, batch_size, epochs, rng, last_batch=False)


def restarts_every_epoch(X, y, step, batch_size, epochs, rng):
    if step <= 0 or batch_size < 1:
        raise ValueError("bad step or batch size")
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    n, d = X.shape
    losses = [np.mean(y ** 2)]
    w = np.zeros(d)
    for _ in range(epochs):
        w = np.zeros(d)                                 # the weights do not carry over
        idx = rng.permutation(n)
        for start in range(0, n, batch_size):
            b = idx[start:start + batch_size]
            w = w - step * 2 / len(b) * X[b].T @ (X[b] @ w - y[b])
        losses.append(np.mean((X @ w - y) ** 2))
    return w, np.array(losses)


def _variant(X, y, step, batch_size, epochs, rng, *, permute=None, once=False, split=False,
             as_list=False, loss=lambda r: np.mean(r ** 2)):
    if step <= 0 or batch_size < 1:
        raise ValueError("bad step or batch size")
    X, y = np.asarray(X, dtype=float), np.asarray(y, dtype=float)
    n, d = X.shape
    permute = permute or rng.permutation
    w = np.zeros(d)
    losses = [loss(X @ w - y)]
    for epoch in range(epochs):
        if epoch == 0 or not once:
            order = permute(n)
        if split:
            batches = np.array_split(order, max(n // batch_size, 1))
        else:
            batches = [order[s:s + batch_size] for s in range(0, n, batch_size)]
        for b in batches:
            w = w - step * 2 / len(b) * X[b].T @ (X[b] @ w - y[b])
        losses.append(loss(X @ w - y))
    return w, (losses if as_list else np.array(losses))


def global_np_random(X, y, step, batch_size, epochs, rng):
    return _variant(X, y, step, batch_size, epochs, rng, permute=np.random.permutation)


def shuffles_once(X, y, step, batch_size, epochs, rng):
    return _variant(X, y, step, batch_size, epochs, rng, once=True)


def array_split_batches(X, y, step, batch_size, epochs, rng):
    return _variant(X, y, step, batch_size, epochs, rng, split=True)


def losses_as_a_list(X, y, step, batch_size, epochs, rng):
    return _variant(X, y, step, batch_size, epochs, rng, as_list=True)


def scipy_loss(X, y, step, batch_size, epochs, rng):
    import scipy.linalg
    return _variant(X, y, step, batch_size, epochs, rng,
                    loss=lambda r: scipy.linalg.norm(r) ** 2 / len(r))


def choice_without_replacement(X, y, step, batch_size, epochs, rng):
    """another draw than the one the text asks for: rng.choice(N, N, replace=False)"""
    return _variant(X, y, step, batch_size, epochs, rng,
                    permute=lambda n: rng.choice(n, size=n, replace=False))


def rejects_batch_size_one(X, y, step, batch_size, epochs, rng):
    """Raises for batch_size <= 1 instead of < 1."""
    if batch_size <= 1:
        raise ValueError("batch_size must be at least 2")
    return _sgd(X, y, step, batch_size, epochs, rng)


MUTANTS = [
    ("sgd_least_squares", summed_batch_gradient, "AVERAGE over the batch"),
    ("sgd_least_squares", divides_by_n, "not by N"),
    ("sgd_least_squares", never_shuffles, "rng.permutation(N) at the start of every epoch"),
    ("sgd_least_squares", samples_with_replacement, "not sampling with replacement"),
    ("sgd_least_squares", no_initial_loss, "losses[0], at w = 0"),
    ("sgd_least_squares", drops_the_last_batch, "skip the last, shorter batch"),
    ("sgd_least_squares", restarts_every_epoch, "carries over"),
    ("sgd_least_squares", global_np_random, "draw every random number from the generator"),
    ("sgd_least_squares", shuffles_once, "at the start of EVERY epoch"),
    ("sgd_least_squares", array_split_batches, "np.array_split"),
    ("sgd_least_squares", losses_as_a_list, "the task asks for a NumPy array"),
    ("sgd_least_squares", scipy_loss, "asks you not to use"),
    ("sgd_least_squares", choice_without_replacement, "draw nothing else from rng"),
    ("sgd_least_squares", rejects_batch_size_one, "batch_size = 1 is valid"),
]
