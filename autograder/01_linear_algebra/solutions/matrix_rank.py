def matrix_rank(A, tol=1e-12):
    """Return the rank of A: the number of pivots in its row echelon form."""
    _, pivots, _ = row_echelon(A, tol)
    return len(pivots)
