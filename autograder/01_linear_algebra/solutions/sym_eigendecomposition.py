def sym_eigendecomposition(A):
    """Return (eigenvalues in descending order, V with the matching unit eigenvectors as columns)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"expected a square matrix, got shape {A.shape}")
    if not np.allclose(A, A.T):
        raise ValueError("the matrix is not symmetric")
    eigenvalues, V = np.linalg.eigh(A)
    order = np.argsort(eigenvalues)[::-1]
    return eigenvalues[order], V[:, order]
