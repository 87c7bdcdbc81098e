def kkt_solve(Q, c, A, b):
    """Return (x, lam) minimising x^T Q x / 2 + c^T x subject to A x = b, from the KKT system."""
    Q, c, A, b = (np.asarray(a, dtype=float) for a in (Q, c, A, b))
    n = len(c)
    if Q.shape != (n, n) or c.ndim != 1 or A.ndim != 2 or A.shape[1] != n or b.shape != (A.shape[0],):
        raise ValueError(f"shapes do not fit: Q {Q.shape}, c {c.shape}, A {A.shape}, b {b.shape}")
    m = A.shape[0]
    if np.linalg.matrix_rank(A) < m:
        raise ValueError("the constraints are linearly dependent (rank of A < number of rows)")
    K = np.block([[Q, A.T], [A, np.zeros((m, m))]])
    solution = np.linalg.solve(K, np.concatenate([-c, b]))
    return solution[:n], solution[n:]
