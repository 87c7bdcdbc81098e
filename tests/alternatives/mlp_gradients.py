"""Valid alternatives to `mlp_gradients` that must earn full marks."""
import numpy as np


def einsum_and_cosh(X, Y, W1, b1, W2, b2):
    """Products written with einsum, tanh's derivative as 1/cosh²(Z), the loss as a mean."""
    X, Y, W1, b1, W2, b2 = (np.array(a, dtype=float) for a in (X, Y, W1, b1, W2, b2))
    m = len(X)
    Z = np.einsum("md,dh->mh", X, W1) + b1
    H = np.tanh(Z)
    R = np.einsum("mh,hk->mk", H, W2) + b2 - Y
    loss = 0.5 * np.mean(np.sum(R * R, axis=1))
    d2 = R / m
    d1 = np.einsum("mk,hk->mh", d2, W2) / np.cosh(Z) ** 2
    return float(loss), {"W2": np.einsum("mh,mk->hk", H, d2), "b2": d2.sum(axis=0),
                         "W1": np.einsum("md,mh->dh", X, d1), "b1": d1.sum(axis=0)}


def per_example_accumulation(X, Y, W1, b1, W2, b2):
    """One example at a time, gradients accumulated with outer products (a loop over rows)."""
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    W1, b1 = np.asarray(W1, dtype=np.float64), np.asarray(b1, dtype=np.float64)
    W2, b2 = np.asarray(W2, dtype=np.float64), np.asarray(b2, dtype=np.float64)
    m = X.shape[0]
    grads = {"W1": np.zeros_like(W1), "b1": np.zeros_like(b1),
             "W2": np.zeros_like(W2), "b2": np.zeros_like(b2)}
    total = 0.0
    for x, y in zip(X, Y):
        h = np.tanh(x @ W1 + b1)
        r = h @ W2 + b2 - y
        total += r @ r
        dz = (W2 @ r) * (1.0 - h * h)
        grads["W2"] += np.outer(h, r) / m
        grads["b2"] += r / m
        grads["W1"] += np.outer(x, dz) / m
        grads["b1"] += dz / m
    return total / (2 * m), grads


ALTERNATIVES = [("mlp_gradients", einsum_and_cosh),
                ("mlp_gradients", per_example_accumulation)]
