def matvec(A, x):
    """Return A x for a 2-D array A of shape (m, n) and a 1-D array x of length n."""
    A = np.asarray(A, dtype=float)
    x = np.asarray(x, dtype=float)
    m, n = A.shape
    if x.shape != (n,):
        raise ValueError(f"A has {n} columns but x has shape {x.shape}")
    y = np.zeros(m)
    for i in range(m):
        for j in range(n):
            y[i] += A[i, j] * x[j]
    return y
