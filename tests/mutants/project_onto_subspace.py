"""Wrong implementations of `project_onto_subspace`."""
import numpy as np


def _floats(B, x):
    return np.asarray(B, float), np.asarray(x, float)


def no_gram(B, x):
    B, x = _floats(B, x)
    lam = B.T @ x
    return lam, B @ lam


def column_vectors(B, x):
    B, x = _floats(B, x)
    xc = x.reshape(-1, 1)
    lam = np.linalg.solve(B.T @ B, B.T @ xc)  # (k, 1)
    return lam.ravel(), B @ lam               # projection is (n, 1)


def broadcast_residual(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.solve(B.T @ B, B.T @ x.reshape(-1, 1))  # (k, 1)
    residual = x - B @ lam                                    # (n,) - (n, 1) -> (n, n)
    return lam.ravel(), x - residual


def matrix_star_vector(B, x):
    B, x = _floats(B, x)
    P = B @ np.linalg.solve(B.T @ B, B.T)
    lam = np.linalg.solve(B.T @ B, B.T @ x)
    return lam, P * x


def returns_residual(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.solve(B.T @ B, B.T @ x)
    return lam, x - B @ lam


def swapped_outputs(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.solve(B.T @ B, B.T @ x)
    return B @ lam, lam


def column_lam(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.solve(B.T @ B, B.T @ x)
    return lam.reshape(-1, 1), B @ lam


def wrong_solve(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.solve(B.T @ B, x[: B.shape[1]])  # right-hand side forgot Bᵀ
    return lam, B @ lam


MUTANTS = [
    ("project_onto_subspace", no_gram, "normal equations"),
    ("project_onto_subspace", column_vectors, "1-D arrays"),
    ("project_onto_subspace", broadcast_residual, "broadcasting"),
    ("project_onto_subspace", matrix_star_vector, "multiplies entrywise"),
    ("project_onto_subspace", returns_residual, "residual x − Bλ"),
    ("project_onto_subspace", swapped_outputs, "shape"),
    ("project_onto_subspace", column_lam, "1-D arrays"),
    ("project_onto_subspace", wrong_solve, "not orthogonal"),
]
