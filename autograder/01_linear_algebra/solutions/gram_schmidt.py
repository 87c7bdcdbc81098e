def gram_schmidt(A, tol=1e-10):
    """Return Q whose orthonormal columns span the column space of A (dependent columns dropped)."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    basis = []
    for j in range(n):
        a = A[:, j]
        v = a.copy()
        for q in basis:  # modified Gram–Schmidt: remove each component from the running residual
            v -= (q @ v) * q
        norm_v = np.linalg.norm(v)
        if norm_v <= tol * np.linalg.norm(a):
            continue  # a_j depends on the earlier columns (or is zero): no new direction
        basis.append(v / norm_v)
    if not basis:
        return np.zeros((m, 0))
    return np.column_stack(basis)
