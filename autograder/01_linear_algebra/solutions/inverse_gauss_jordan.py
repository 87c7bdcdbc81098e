def inverse_gauss_jordan(A, tol=1e-12):
    """Return the inverse of square A by Gauss-Jordan elimination with partial pivoting on [A | I]."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"only square matrices have an inverse, got shape {A.shape}")
    n = A.shape[0]
    M = np.hstack([A, np.eye(n)])
    threshold = tol * np.max(np.abs(A)) if A.size else 0.0
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= threshold:
            raise ValueError(f"A is singular: column {j} has no pivot")
        if p != j:
            M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        others = np.arange(n) != j
        M[others] -= np.outer(M[others, j], M[j])
    return M[:, n:]
