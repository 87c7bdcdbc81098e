"""Valid alternatives to `matmul` that must earn full marks."""
import numpy as np


def two_loops_around_a_dot(A, B):
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.ndim != 2 or B.ndim != 2 or A.shape[1] != B.shape[0]:
        raise ValueError(f"inner dimensions differ: {A.shape} and {B.shape}")

    def dot(u, v):
        total = 0.0
        for a, b in zip(u, v):
            total += a * b
        return total

    C = np.empty((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            C[i, j] = dot(A[i, :], B[:, j])
    return C


def sum_of_outer_products(A, B):
    """C = Σ_l (column l of A)(row l of B): the same sum, ordered by the inner index first."""
    A, B = np.asarray(A, dtype=float), np.asarray(B, dtype=float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("inner dimensions differ")
    C = np.zeros((A.shape[0], B.shape[1]))
    for l in range(A.shape[1]):
        C += A[:, l:l + 1] * B[l:l + 1, :]
    return C


ALTERNATIVES = [("matmul", two_loops_around_a_dot), ("matmul", sum_of_outer_products)]
