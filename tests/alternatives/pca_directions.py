"""Valid alternatives to `pca_directions` that must earn full marks."""
import numpy as np


def full_svd_and_loop_centring(X, k):
    X = np.array(X, dtype=float)
    N, D = X.shape
    if N < 2 or k < 1 or k > min(N, D):
        raise ValueError("need N >= 2 and 1 <= k <= min(N, D)")
    Xc = np.empty_like(X)
    for j in range(D):
        Xc[:, j] = X[:, j] - X[:, j].sum() / N
    _, s, Vh = np.linalg.svd(Xc)                       # full_matrices=True: Vh is (D, D)
    return Vh[:k, :].T.copy(), (s[:k] ** 2) / (N - 1)


def flipped_signs(X, k):
    """Each direction may point either way."""
    X = np.asarray(X, dtype=float)
    N, D = X.shape
    if not (N >= 2 and 1 <= k <= min(N, D)):
        raise ValueError("bad N or k")
    _, s, Vh = np.linalg.svd(X - X.mean(axis=0, keepdims=True), full_matrices=False)
    W = -Vh[:k].T
    return W, np.array([sigma ** 2 / (N - 1) for sigma in s[:k]])


ALTERNATIVES = [("pca_directions", full_svd_and_loop_centring), ("pca_directions", flipped_signs)]
