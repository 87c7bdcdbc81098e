def fit_least_squares(X, y):
    """Return the least-squares weights w (shape (d,)) by solving the normal equations X^T X w = X^T y."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D design matrix, got shape {X.shape}")
    m, d = X.shape
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.shape != (m,):
        raise ValueError(f"y must have shape ({m},) or ({m}, 1), got {y.shape}")
    if m < d:
        raise ValueError(f"{m} examples cannot determine {d} weights")
    return np.linalg.solve(X.T @ X, X.T @ y)
