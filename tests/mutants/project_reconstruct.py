"""Wrong implementations of `project` and `reconstruct`."""
import numpy as np


def _arrays(*arrays):
    return tuple(np.asarray(a, dtype=float) for a in arrays)


def _check_k(k, m):
    if not 0 <= k <= m:
        raise ValueError("bad k")


def project_not_centred(X, mean, components, k):
    X, mean, V = _arrays(X, mean, components)
    _check_k(k, V.shape[1])
    return X @ V[:, :k]


def project_own_mean(X, mean, components, k):
    X, mean, V = _arrays(X, mean, components)
    _check_k(k, V.shape[1])
    return (X - X.mean(axis=0)) @ V[:, :k]


def project_rows(X, mean, components, k):
    X, mean, V = _arrays(X, mean, components)
    _check_k(k, V.shape[1])
    return (X - mean) @ V[:k, :].T


def project_in_place(X, mean, components, k):
    V = np.asarray(components, dtype=float)
    _check_k(k, V.shape[1])
    X = np.asarray(X, dtype=float)
    X -= np.asarray(mean, dtype=float)
    return X @ V[:, :k]


def project_no_k_check(X, mean, components, k):
    X, mean, V = _arrays(X, mean, components)
    return (X - mean) @ V[:, :max(k, 0)]


def reconstruct_no_mean(Z, mean, components):
    Z, mean, V = _arrays(Z, mean, components)
    k = Z.shape[1]
    _check_k(k, V.shape[1])
    return Z @ V[:, :k].T


def reconstruct_rows(Z, mean, components):
    Z, mean, V = _arrays(Z, mean, components)
    k = Z.shape[1]
    _check_k(k, V.shape[1])
    return Z @ V[:k, :] + mean


def reconstruct_subtracts_mean(Z, mean, components):
    Z, mean, V = _arrays(Z, mean, components)
    k = Z.shape[1]
    _check_k(k, V.shape[1])
    return Z @ V[:, :k].T - mean


MUTANTS = [
    ("project", project_not_centred, "mean was not subtracted"),
    ("project", project_own_mean, "use the mean argument"),
    ("project", project_rows, "COLUMNS of components"),
    ("project", project_in_place, "in place"),
    ("project", project_no_k_check, None),
    ("reconstruct", reconstruct_no_mean, "mean was not added back"),
    ("reconstruct", reconstruct_rows, "COLUMNS of components"),
    ("reconstruct", reconstruct_subtracts_mean, None),
]
