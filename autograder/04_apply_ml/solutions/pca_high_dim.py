def pca_high_dim(X, k):
    """Return the top-k (eigenvalues, unit principal directions as columns) of X via the N x N matrix."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    N, D = X.shape
    if N < 2 or not 1 <= k <= min(N - 1, D):
        raise ValueError(f"need N >= 2 and 1 <= k <= min(N - 1, D); got N={N}, D={D}, k={k}")
    X_centred = X - X.mean(axis=0)
    K = X_centred @ X_centred.T / (N - 1)
    eigenvalues, U = np.linalg.eigh(K)
    eigenvalues, U = eigenvalues[::-1][:k], U[:, ::-1][:, :k]
    directions = X_centred.T @ U
    return eigenvalues, directions / np.linalg.norm(directions, axis=0)
