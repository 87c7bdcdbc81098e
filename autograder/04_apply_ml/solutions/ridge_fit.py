def ridge_fit(X, y, lam):
    """Return the ridge weights solving (X^T X + lam I') w = X^T y, with I' leaving w[0] unpenalised."""
    if lam < 0:
        raise ValueError(f"the penalty must be >= 0, got {lam}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be a 2-D design matrix, got shape {X.shape}")
    m, d = X.shape
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.shape != (m,):
        raise ValueError(f"y must have shape ({m},) or ({m}, 1), got {y.shape}")
    penalty = lam * np.eye(d)
    penalty[0, 0] = 0.0
    return np.linalg.solve(X.T @ X + penalty, X.T @ y)
