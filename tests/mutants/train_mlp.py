"""Wrong implementations of `train_mlp` (self-contained: a mutant cannot see the notebook's functions)."""
import numpy as np


def _init(d, h, k, rng):
    return {"W1": rng.standard_normal((d, h)) * np.sqrt(2 / d), "b1": np.zeros(h),
            "W2": rng.standard_normal((h, k)) * np.sqrt(2 / h), "b2": np.zeros(k)}


def _loss_and_grads(params, X, y, mean=True):
    m = len(y)
    Z1 = X @ params["W1"] + params["b1"]
    A1 = np.maximum(Z1, 0.0)
    S = A1 @ params["W2"] + params["b2"]
    S = S - S.max(axis=1, keepdims=True)
    log_p = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    loss = float(-log_p[np.arange(m), y].mean())
    D2 = np.exp(log_p)
    D2[np.arange(m), y] -= 1.0
    if mean:
        D2 /= m
    D1 = (D2 @ params["W2"].T) * (Z1 > 0)
    return loss, {"W1": X.T @ D1, "b1": D1.sum(axis=0), "W2": A1.T @ D2, "b2": D2.sum(axis=0)}


def _train(X, y, h, epochs, batch_size, step, rng, *, sign=1.0, mean=True, history="epoch",
           last_batch_only=False, check=True):
    if check and (step <= 0 or batch_size < 1):
        raise ValueError("arguments")
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    n, d = X.shape
    params = _init(d, h, int(y.max()) + 1, rng)
    losses = [_loss_and_grads(params, X, y)[0]]
    for _ in range(epochs):
        before = _loss_and_grads(params, X, y)[0]
        order = rng.permutation(n)
        starts = list(range(0, n, batch_size))
        if last_batch_only:
            starts = starts[-1:]
        for start in starts:
            batch = order[start:start + batch_size]
            batch_loss, grads = _loss_and_grads(params, X[batch], y[batch], mean)
            params = {key: params[key] - sign * step * grads[key] for key in params}
            if history == "batch":
                losses.append(batch_loss)
        if history == "epoch":
            losses.append(_loss_and_grads(params, X, y)[0])
        elif history == "before":
            losses.append(before)
    return params, np.array(losses)


def gradient_ascent(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, sign=-1.0)


def loss_per_batch(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, history="batch")


def loss_before_the_epoch(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, history="before")


def one_step_per_epoch(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, last_batch_only=True)


def summed_gradients(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, mean=False)


def own_generator(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, np.random.default_rng(0))


def no_argument_check(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, max(batch_size, 1), step, rng, check=False)


MUTANTS = [
    ("train_mlp", gradient_ascent, "you moved along the gradient instead of against it"),
    ("train_mlp", loss_per_batch, "not one entry per batch"),
    ("train_mlp", loss_before_the_epoch, "on the WHOLE training set with the parameters you return"),
    ("train_mlp", one_step_per_epoch, "the loss hardly falls"),
    ("train_mlp", summed_gradients, None),
    ("train_mlp", own_generator, "using the rng you are given"),
    ("train_mlp", no_argument_check, "should raise ValueError"),
]
