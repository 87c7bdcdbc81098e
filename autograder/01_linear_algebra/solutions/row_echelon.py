def row_echelon(A, tol=1e-12):
    """Return (U, pivot_columns, n_swaps): Gaussian elimination with partial pivoting on a copy of A."""
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * np.max(np.abs(U)) if U.size else 0.0
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= threshold:
            U[r:, j] = 0.0
            continue
        if p != r:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        multipliers = U[r + 1:, j] / U[r, j]
        U[r + 1:, j:] -= np.outer(multipliers, U[r, j:])
        U[r + 1:, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps
