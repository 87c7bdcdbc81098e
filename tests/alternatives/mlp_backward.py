"""Valid alternatives to `mlp_backward` that must earn full marks (self-contained)."""
import numpy as np


def one_hot_and_active_mask(params, X, y):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y).astype(int)
    W1, b1, W2, b2 = (np.asarray(params[key], dtype=float) for key in ("W1", "b1", "W2", "b2"))
    Z1 = X @ W1 + b1
    A1 = np.maximum(Z1, 0.0)
    S = A1 @ W2 + b2
    S = S - S.max(axis=1, keepdims=True)
    log_p = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    m, k = S.shape
    loss = float(-log_p[np.arange(m), y].mean())
    Y = np.eye(k)[y]
    D2 = (np.exp(log_p) - Y) / m
    D1 = (D2 @ W2.T) * (A1 > 0)
    grads = {"W2": A1.T @ D2, "b2": np.sum(D2, axis=0), "W1": X.T @ D1, "b1": np.sum(D1, axis=0)}
    return loss, grads


ALTERNATIVES = [("mlp_backward", one_hot_and_active_mask)]
