def sym_matrix_power(A, k):
    """Return A**k (the matrix power) of a symmetric matrix A for an integer k >= 0, via V Λ^k V^T."""
    if k < 0:
        raise ValueError(f"k must be non-negative, got {k}")
    eigenvalues, V = sym_eigendecomposition(A)
    return V @ np.diag(eigenvalues ** k) @ V.T
