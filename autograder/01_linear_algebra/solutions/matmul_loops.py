def matmul(A, B):
    """Return the matrix product A B of 2-D arrays with matching inner dimensions."""
    A = np.asarray(A, dtype=float)
    B = np.asarray(B, dtype=float)
    m, n = A.shape
    n2, k = B.shape
    if n != n2:
        raise ValueError(f"inner dimensions differ: A is {A.shape}, B is {B.shape}")
    C = np.zeros((m, k))
    for i in range(m):
        for j in range(k):
            for l in range(n):
                C[i, j] += A[i, l] * B[l, j]
    return C
