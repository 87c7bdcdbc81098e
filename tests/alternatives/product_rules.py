"""Valid alternatives to `transpose_of_product` and `inverse_of_product` that must earn full marks."""
import numpy as np


def transpose_by_loops(A_T, B_T):
    """(AB)ᵀ[i, j] = (AB)[j, i] = Σ_l A[j, l] B[l, i] = Σ_l B_T[i, l] A_T[l, j]."""
    A_T, B_T = np.asarray(A_T, dtype=float), np.asarray(B_T, dtype=float)
    k, n = B_T.shape
    m = A_T.shape[1]
    C = np.zeros((k, m))
    for i in range(k):
        for j in range(m):
            for l in range(n):
                C[i, j] += B_T[i, l] * A_T[l, j]
    return C


def transpose_of_AB(A_T, B_T):
    """Recover A and B by transposing (no inverse involved), multiply, transpose back."""
    return (np.asarray(A_T).T @ np.asarray(B_T).T).T


def inverse_with_matmul_function(A_inv, B_inv):
    return np.matmul(B_inv, A_inv)


ALTERNATIVES = [("transpose_of_product", transpose_by_loops),
                ("transpose_of_product", transpose_of_AB),
                ("inverse_of_product", inverse_with_matmul_function)]
