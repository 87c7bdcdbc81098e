def logistic_gradient(X, y, w):
    """Return the gradient (1/m) X^T (sigmoid(X w) - y) of the mean cross-entropy, shape (d,)."""
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    w = np.asarray(w, dtype=float)
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError(f"shapes do not fit: X {X.shape}, y {y.shape}, w {w.shape}")
    return X.T @ (sigmoid(X @ w) - y) / len(y)
