def pca_eig(X):
    """Return (eigenvalues descending, eigenvectors as columns, mean) of the sample covariance of X."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError(f"need a 2-D data array with at least 2 rows, got shape {X.shape}")
    mean = X.mean(axis=0)
    X_centred = X - mean
    S = X_centred.T @ X_centred / (X.shape[0] - 1)
    eigenvalues, eigenvectors = np.linalg.eigh(S)
    return eigenvalues[::-1], eigenvectors[:, ::-1], mean
