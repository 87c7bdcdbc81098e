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
           last_batch_only=False, check=True, reshuffle=True, permute=None, batches="task"):
    if check and (step <= 0 or batch_size < 1):
        raise ValueError("arguments")
    X, y = np.asarray(X, dtype=float), np.asarray(y)
    n, d = X.shape
    params = _init(d, h, int(y.max()) + 1, rng)
    losses = [_loss_and_grads(params, X, y)[0]]
    permute = permute or rng.permutation
    order = None
    for _ in range(epochs):
        before = _loss_and_grads(params, X, y)[0]
        if order is None or reshuffle:
            order = permute(n)
        stop = n - n % batch_size if batches == "drop_last" else n
        chunks = [order[i:i + batch_size] for i in range(0, stop, batch_size)]
        if batches == "array_split":
            chunks = np.array_split(order, max(n // batch_size, 1))
        if last_batch_only:
            chunks = chunks[-1:]
        for batch in chunks:
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


def shuffles_once(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, reshuffle=False)


def global_permutation(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, permute=np.random.permutation)


def drops_the_last_batch(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, batches="drop_last")


def array_split_batches(X, y, h, epochs, batch_size, step, rng):
    return _train(X, y, h, epochs, batch_size, step, rng, batches="array_split")


def sklearn_batches(X, y, h, epochs, batch_size, step, rng):
    from sklearn.utils import gen_batches

    X, y = np.asarray(X, dtype=float), np.asarray(y)
    if step <= 0 or batch_size < 1:
        raise ValueError("arguments")
    params = _init(X.shape[1], h, int(y.max()) + 1, rng)
    losses = [_loss_and_grads(params, X, y)[0]]
    for _ in range(epochs):
        order = rng.permutation(len(y))
        for piece in gen_batches(len(y), batch_size):
            batch = order[piece]
            grads = _loss_and_grads(params, X[batch], y[batch])[1]
            params = {key: params[key] - step * grads[key] for key in params}
        losses.append(_loss_and_grads(params, X, y)[0])
    return params, np.array(losses)


def scipy_softmax_loss(X, y, h, epochs, batch_size, step, rng):
    import scipy.special

    params, losses = _train(X, y, h, epochs, batch_size, step, rng)
    S = np.maximum(np.asarray(X, float) @ params["W1"] + params["b1"], 0) @ params["W2"] + params["b2"]
    losses[-1] = -np.mean(scipy.special.log_softmax(S, axis=1)[np.arange(len(y)), y])
    return params, losses


MUTANTS = [
    ("train_mlp", shuffles_once, "draw a fresh order with rng.permutation(N) at the start of EACH"),
    ("train_mlp", global_permutation, "draw every random number from the generator you are given"),
    ("train_mlp", drops_the_last_batch, "skips the last, smaller batch"),
    ("train_mlp", array_split_batches, "np.array_split"),
    ("train_mlp", sklearn_batches, "asks you not to use"),
    ("train_mlp", scipy_softmax_loss, "asks you not to use"),
    ("train_mlp", gradient_ascent, "you moved along the gradient instead of against it"),
    ("train_mlp", loss_per_batch, "not one entry per batch"),
    ("train_mlp", loss_before_the_epoch, "on the WHOLE training set with the parameters you return"),
    ("train_mlp", one_step_per_epoch, "the loss hardly falls"),
    ("train_mlp", summed_gradients, None),
    ("train_mlp", own_generator, "use the generator you are given"),
    ("train_mlp", no_argument_check, "should raise ValueError"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def classes_from_unique_labels(X, y, h, epochs, batch_size, step, rng):
    if step <= 0 or batch_size < 1:
        raise ValueError("bad arguments")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(int)
    N, d = X.shape
    k = len(np.unique(y))
    params = _init(d, h, k, rng)
    losses = [_loss_and_grads(params, X, y)[0]]
    for _ in range(epochs):
        order = rng.permutation(N)
        for start in range(0, N, batch_size):
            batch = order[start:start + batch_size]
            _, grads = _loss_and_grads(params, X[batch], y[batch])
            params = {key: params[key] - step * grads[key] for key in params}
        losses.append(_loss_and_grads(params, X, y)[0])
    return params, np.array(losses)


MUTANTS += [("train_mlp", classes_from_unique_labels, "int(max(y)) + 1")]
