"""Valid alternatives to `cholesky_factor` that must earn full marks."""
import math

import numpy as np


def _validated(A):
    A = np.array(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    if not np.allclose(A, A.T):
        raise ValueError("A must be symmetric")
    return A


def row_by_row(A):
    """Cholesky–Banachiewicz: fill L one row at a time, with scalar loops."""
    A = _validated(A)
    n = len(A)
    L = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1):
            s = sum(L[i, k] * L[j, k] for k in range(j))
            if i == j:
                pivot = A[i, i] - s
                if pivot <= 0:
                    raise ValueError("A is not positive definite")
                L[i, i] = math.sqrt(pivot)
            else:
                L[i, j] = (A[i, j] - s) / L[j, j]
    return L


def right_looking(A):
    """Outer-product form: take a column, subtract its outer product from the rest."""
    S = _validated(A)
    n = len(S)
    L = np.zeros((n, n))
    for j in range(n):
        if not S[j, j] > 0:
            raise ValueError("A is not positive definite")
        L[j:, j] = S[j:, j] / np.sqrt(S[j, j])
        S[j:, j:] = S[j:, j:] - np.outer(L[j:, j], L[j:, j])
    return L


ALTERNATIVES = [
    ("cholesky_factor", row_by_row),
    ("cholesky_factor", right_looking),
]
