"""Wrong implementations of `matmul`."""
import numpy as np


def hadamard(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    return A * B


def swapped_factors(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    return np.asarray(B) @ np.asarray(A) if B.shape[1] == A.shape[0] else A @ B.T.T


def no_shape_check(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    m, k = A.shape[0], B.shape[1]
    C = np.zeros((m, k))
    for i in range(m):
        for j in range(k):
            for l in range(min(A.shape[1], B.shape[0])):
                C[i, j] += A[i, l] * B[l, j]
    return C


MUTANTS = [
    ("matmul", hadamard, "Hadamard"),
    ("matmul", swapped_factors, "do not commute"),
    ("matmul", no_shape_check, None),
]
