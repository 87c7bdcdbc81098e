"""Valid alternatives to `projection_matrix` that must earn full marks."""
import numpy as np


def solve_against_identity(B):
    B = np.array(B, dtype=float)
    G_inv = np.linalg.solve(B.T @ B, np.eye(B.shape[1]))
    return B @ G_inv @ B.T


def orthonormal_basis_first(B):
    """Gram–Schmidt by hand, then P = Q Qᵀ."""
    B = np.asarray(B, dtype=float)
    qs = []
    for j in range(B.shape[1]):
        v = B[:, j].copy()
        for q in qs:
            v = v - (q @ v) * q
        qs.append(v / np.linalg.norm(v))
    Q = np.column_stack(qs)
    return Q @ Q.T


ALTERNATIVES = [("projection_matrix", solve_against_identity),
                ("projection_matrix", orthonormal_basis_first)]
