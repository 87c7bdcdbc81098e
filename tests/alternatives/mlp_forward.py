"""Valid alternatives to `mlp_forward` that must earn full marks."""
import numpy as np


def with_a_mask(params, X):
    X = np.array(X, dtype=float)
    Z1 = np.dot(X, np.asarray(params["W1"], float)) + np.asarray(params["b1"], float)
    A1 = Z1 * (Z1 > 0)
    return Z1, A1, np.dot(A1, np.asarray(params["W2"], float)) + np.asarray(params["b2"], float)


def with_einsum_and_clip(params, X):
    W1, b1, W2, b2 = (np.asarray(params[key]).astype(float) for key in ("W1", "b1", "W2", "b2"))
    Z1 = np.einsum("md,dh->mh", np.asarray(X).astype(float), W1) + b1[None, :]
    A1 = np.clip(Z1, 0.0, None)
    return (Z1, A1, np.einsum("mh,hk->mk", A1, W2) + b2[None, :])


ALTERNATIVES = [("mlp_forward", with_a_mask), ("mlp_forward", with_einsum_and_clip)]
