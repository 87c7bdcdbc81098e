"""Valid alternatives to `project` and `reconstruct` that must earn full marks."""
import numpy as np


def project_with_einsum(X, mean, components, k):
    X, mean, V = (np.asarray(a, dtype=float) for a in (X, mean, components))
    if X.ndim != 2 or X.shape[1] != V.shape[0]:
        raise ValueError("X must have one column per feature")
    if k < 0 or k > V.shape[1]:
        raise ValueError("k out of range")
    return np.einsum("nd,dk->nk", X - mean, V[:, :k])


def project_row_by_row(X, mean, components, k):
    X, mean, V = np.array(X, dtype=float), np.array(mean, dtype=float), np.array(components, dtype=float)
    if X.ndim != 2 or X.shape[1] != V.shape[0] or not 0 <= k <= V.shape[1]:
        raise ValueError("bad shapes or k")
    Z = np.zeros((X.shape[0], k))
    for n, x in enumerate(X):
        Z[n] = V[:, :k].T @ (x - mean)
    return Z


def reconstruct_with_dot(Z, mean, components):
    Z, mean, V = (np.asarray(a, dtype=float) for a in (Z, mean, components))
    k = Z.shape[1]
    if k > V.shape[1]:
        raise ValueError("more codes than components")
    return mean + Z.dot(V[:, :k].T)


ALTERNATIVES = [("project", project_with_einsum), ("project", project_row_by_row),
                ("reconstruct", reconstruct_with_dot)]
