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
    ("project_onto_subspace", swapped_outputs, "wrong order"),
    ("project_onto_subspace", column_lam, "1-D arrays"),
    ("project_onto_subspace", wrong_solve, "not orthogonal"),
]


def as_lists(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.solve(B.T @ B, B.T @ x)
    return list(lam), list(B @ lam)


def with_lstsq(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.lstsq(B, x, rcond=None)[0]
    return lam, B @ lam


def with_pinv(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.pinv(B) @ x
    return lam, B @ lam


def with_inv(B, x):
    B, x = _floats(B, x)
    lam = np.linalg.inv(B.T @ B) @ B.T @ x
    return lam, B @ lam


def with_qr(B, x):
    B, x = _floats(B, x)
    Q, R = np.linalg.qr(B)
    lam = np.linalg.solve(R, Q.T @ x)
    return lam, B @ lam


def with_svd(B, x):
    B, x = _floats(B, x)
    U, s, Vh = np.linalg.svd(B, full_matrices=False)
    lam = Vh.T @ ((U.T @ x) / s)
    return lam, B @ lam


BAN = "asks you not to use"
MUTANTS += [
    ("project_onto_subspace", as_lists, "NumPy array"),
    ("project_onto_subspace", with_lstsq, BAN),
    ("project_onto_subspace", with_pinv, BAN),
    ("project_onto_subspace", with_inv, BAN),
    ("project_onto_subspace", with_qr, BAN),
    ("project_onto_subspace", with_svd, BAN),
]
