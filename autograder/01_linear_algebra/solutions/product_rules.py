def transpose_of_product(A_T, B_T):
    """Return (A B)^T given A^T and B^T."""
    return np.asarray(B_T, dtype=float) @ np.asarray(A_T, dtype=float)


def inverse_of_product(A_inv, B_inv):
    """Return (A B)^(-1) given A^(-1) and B^(-1)."""
    return np.asarray(B_inv, dtype=float) @ np.asarray(A_inv, dtype=float)
