def determinant(A, tol=1e-12):
    """Return det(A) as (-1)**swaps times the product of the pivots of A's row echelon form."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"the determinant needs a square matrix, got shape {A.shape}")
    n = A.shape[0]
    U, pivots, swaps = row_echelon(A, tol)
    if len(pivots) < n:
        return 0.0
    return float((-1) ** swaps * np.prod(np.diag(U)))
