"""Wrong implementations of `is_orthonormal`."""
import numpy as np


def orthogonality_only(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    G = Q.T @ Q
    return bool(np.all(np.abs(G - np.diag(np.diag(G))) <= tol))


def q_qt(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.all(np.abs(Q @ Q.T - np.eye(Q.shape[0])) <= tol))


def exact_equality(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.array_equal(Q.T @ Q, np.eye(Q.shape[1])))


def returns_array(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return np.abs(Q.T @ Q - np.eye(Q.shape[1])) <= tol


def ignores_tol(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.allclose(Q.T @ Q, np.eye(Q.shape[1])))


def unit_columns_only(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.all(np.abs(np.linalg.norm(Q, axis=0) - 1) <= tol))


MUTANTS = [
    ("is_orthonormal", orthogonality_only, "only that the columns are orthogonal"),
    ("is_orthonormal", q_qt, "you tested Q Qᵀ = I"),
    ("is_orthonormal", exact_equality, "rounding"),
    ("is_orthonormal", returns_array, "True or False"),
    ("is_orthonormal", ignores_tol, "use the tol"),
    ("is_orthonormal", unit_columns_only, "only that the columns have length 1"),
]
