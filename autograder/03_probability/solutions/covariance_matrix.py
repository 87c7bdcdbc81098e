def covariance_matrix(X):
    """Return the unbiased (D, D) sample covariance matrix of the rows of the (N, D) array X."""
    X = np.asarray(X, dtype=float)
    if X.ndim != 2 or X.shape[0] < 2:
        raise ValueError(f"need a 2-D data array with at least 2 rows, got shape {X.shape}")
    centred = X - X.mean(axis=0)
    return centred.T @ centred / (X.shape[0] - 1)
