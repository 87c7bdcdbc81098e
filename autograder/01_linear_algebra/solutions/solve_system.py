def solve_system(A, b, tol=1e-12):
    """Return x solving A x = b (square A) by elimination on [A | b] and back substitution."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    n = A.shape[0]
    if b.shape != (n,):
        raise ValueError(f"b must have shape ({n},), got {b.shape}")
    U, pivots, _ = row_echelon(np.column_stack([A, b]), tol)
    if pivots[:n] != list(range(n)):
        raise ValueError("A is singular: some column has no pivot")
    return back_substitution(U[:, :n], U[:, n], tol)
