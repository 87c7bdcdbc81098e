def pca_svd(X):
    """Return (eigenvalues descending, principal directions as columns, mean) via the SVD of centred X."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError(f"need a 2-D data array with at least 2 rows, got shape {X.shape}")
    N, D = X.shape
    mean = X.mean(axis=0)
    _, s, Vh = np.linalg.svd(X - mean, full_matrices=N < D)
    eigenvalues = np.zeros(D)
    eigenvalues[:len(s)] = s ** 2 / (N - 1)
    return eigenvalues, Vh.T, mean
