def pca_directions(X, k):
    """Return (top-k principal directions as columns, the variance along each) of data X (N x D)."""
    X = np.asarray(X, dtype=float)
    N, D = X.shape
    if N < 2 or not 1 <= k <= min(N, D):
        raise ValueError(f"need N >= 2 and 1 <= k <= min(N, D); got N={N}, D={D}, k={k}")
    X_centred = X - X.mean(axis=0)
    _, s, Vh = np.linalg.svd(X_centred, full_matrices=False)
    return Vh[:k].T, s[:k] ** 2 / (N - 1)
