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


# --- added: bans (np.cov, SciPy, scikit-learn), every component used in reconstruct ----------------
import scipy.linalg
from sklearn.utils.extmath import safe_sparse_dot


def _right_project(X, mean, components, k):
    X, mean, components = _arrays(X, mean, components)
    if X.ndim != 2 or X.shape[1] != components.shape[0]:
        raise ValueError("bad X")
    _check_k(k, components.shape[1])
    return (X - mean) @ components[:, :k]


def project_checks_with_np_cov(X, mean, components, k):
    X, mean, components = _arrays(X, mean, components)
    if len(X) > 1:
        np.cov(X, rowvar=False)       # "look at the spread first", unused
    return _right_project(X, mean, components, k)


def project_by_scipy_lstsq(X, mean, components, k):
    X, mean, components = _arrays(X, mean, components)
    _check_k(k, components.shape[1])
    if X.ndim != 2 or X.shape[1] != components.shape[0]:
        raise ValueError("bad X")
    return scipy.linalg.lstsq(components[:, :k], (X - mean).T)[0].T if k else np.zeros((len(X), 0))


def project_with_sklearn_dot(X, mean, components, k):
    X, mean, components = _arrays(X, mean, components)
    _check_k(k, components.shape[1])
    if X.ndim != 2 or X.shape[1] != components.shape[0]:
        raise ValueError("bad X")
    return safe_sparse_dot(X - mean, components[:, :k])


def _right_reconstruct(Z, mean, components):
    Z, mean, components = _arrays(Z, mean, components)
    k = Z.shape[1]
    if k > components.shape[1]:
        raise ValueError("too many codes")
    return Z @ components[:, :k].T + mean


def reconstruct_with_np_cov(Z, mean, components):
    Z, mean, components = _arrays(Z, mean, components)
    if len(Z) > 1 and Z.shape[1] > 0:
        np.cov(Z, rowvar=False)
    return _right_reconstruct(Z, mean, components)


def reconstruct_with_scipy(Z, mean, components):
    Z, mean, components = _arrays(Z, mean, components)
    k = Z.shape[1]
    if k > components.shape[1]:
        raise ValueError("too many codes")
    return scipy.linalg.kron(np.ones((1, 1)), Z @ components[:, :k].T) + mean


def reconstruct_with_sklearn_dot(Z, mean, components):
    Z, mean, components = _arrays(Z, mean, components)
    k = Z.shape[1]
    if k > components.shape[1]:
        raise ValueError("too many codes")
    return safe_sparse_dot(Z, components[:, :k].T) + mean


def reconstruct_with_every_component(Z, mean, components):
    Z, mean, components = _arrays(Z, mean, components)
    if Z.shape[1] > components.shape[1]:
        raise ValueError("too many codes")
    return Z @ components.T + mean


MUTANTS += [
    ("project", project_checks_with_np_cov, "asks you not to use"),
    ("project", project_by_scipy_lstsq, "asks you not to use"),
    ("project", project_with_sklearn_dot, "asks you not to use"),
    ("reconstruct", reconstruct_with_np_cov, "asks you not to use"),
    ("reconstruct", reconstruct_with_scipy, "asks you not to use"),
    ("reconstruct", reconstruct_with_sklearn_dot, "asks you not to use"),
    ("reconstruct", reconstruct_with_every_component, "FIRST k columns"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def project_no_column_check(X, mean, components, k):
    X, mean, V = (np.asarray(a, dtype=float) for a in (X, mean, components))
    if not 0 <= k <= V.shape[1]:
        raise ValueError("k out of range")
    return (X - mean) @ V[:, :k]


MUTANTS += [("project", project_no_column_check, "as many columns as components has rows")]
