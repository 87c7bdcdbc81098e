"""Wrong implementations of `projection_matrix`."""
import numpy as np


def b_bt(B):
    B = np.asarray(B, float)
    return B @ B.T


def divides_by_trace(B):
    B = np.asarray(B, float)
    return B @ B.T / np.trace(B.T @ B)


def complement(B):
    B = np.asarray(B, float)
    return np.eye(len(B)) - B @ np.linalg.solve(B.T @ B, B.T)


def small_gram_product(B):
    B = np.asarray(B, float)
    return np.linalg.solve(B.T @ B, B.T) @ B  # (k, k): the identity, not P


def normalised_columns_only(B):
    B = np.asarray(B, float)
    U = B / np.linalg.norm(B, axis=0)
    return U @ U.T


def oblique(B):
    B = np.asarray(B, float)
    W = B + 0.5 * np.roll(B, 1, axis=0)  # an oblique projector: P² = P, P B = B, but Pᵀ ≠ P
    return B @ np.linalg.solve(W.T @ B, W.T)


MUTANTS = [
    ("projection_matrix", b_bt, "you left out (BᵀB)⁻¹"),
    ("projection_matrix", divides_by_trace, "the wrong way"),
    ("projection_matrix", complement, "orthogonal complement"),
    ("projection_matrix", small_gram_product, "shape"),
    ("projection_matrix", normalised_columns_only, "idempotent"),
    ("projection_matrix", oblique, "not symmetric"),
]


def returns_coefficient_matrix(B):
    B = np.asarray(B, float)
    return np.linalg.solve(B.T @ B, B.T)  # X = (BᵀB)⁻¹Bᵀ, shape (k, n): forgot P = B X


def as_nested_list(B):
    B = np.asarray(B, float)
    return (B @ np.linalg.solve(B.T @ B, B.T)).tolist()


def with_inv(B):
    B = np.asarray(B, float)
    return B @ np.linalg.inv(B.T @ B) @ B.T


def with_pinv(B):
    B = np.asarray(B, float)
    return B @ np.linalg.pinv(B)


def with_lstsq(B):
    B = np.asarray(B, float)
    return B @ np.linalg.lstsq(B, np.eye(len(B)), rcond=None)[0]


def with_qr(B):
    Q, _ = np.linalg.qr(np.asarray(B, float))
    return Q @ Q.T


def with_svd(B):
    U, _, _ = np.linalg.svd(np.asarray(B, float), full_matrices=False)
    return U @ U.T


BAN = "asks you not to use"
MUTANTS += [
    ("projection_matrix", returns_coefficient_matrix, "shape"),
    ("projection_matrix", as_nested_list, "NumPy array"),
    ("projection_matrix", with_inv, BAN),
    ("projection_matrix", with_pinv, BAN),
    ("projection_matrix", with_lstsq, BAN),
    ("projection_matrix", with_qr, BAN),
    ("projection_matrix", with_svd, BAN),
]
