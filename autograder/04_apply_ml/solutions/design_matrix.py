def add_intercept(X):
    """Return the design matrix [1 | X]: X as a float array with a leading column of ones."""
    X = np.asarray(X, dtype=float)
    if X.ndim == 1:
        X = X[:, None]
    if X.ndim != 2:
        raise ValueError(f"X must be 1-D or 2-D, got an array with {X.ndim} dimensions")
    return np.column_stack([np.ones(X.shape[0]), X])
