def low_rank_approx(A, k):
    """Return (best rank-k approximation of A, its spectral-norm error sigma_{k+1})."""
    if k < 0:
        raise ValueError(f"k must be non-negative, got {k}")
    A = np.asarray(A, dtype=float)
    U, s, Vh = np.linalg.svd(A, full_matrices=False)
    A_k = U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :]
    error = float(s[k]) if k < len(s) else 0.0
    return A_k, error
