def least_squares_loss(X, y, w):
    """Return the mean squared error (1/N) ||X w - y||^2 as a float."""
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError(f"shapes do not fit: X {X.shape}, y {y.shape}, w {w.shape}")
    residual = X @ w - y
    return float(residual @ residual / len(y))


def least_squares_gradient(X, y, w):
    """Return the gradient (2/N) X^T (X w - y) of the mean squared error, shape (d,)."""
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2 or y.shape != (X.shape[0],) or w.shape != (X.shape[1],):
        raise ValueError(f"shapes do not fit: X {X.shape}, y {y.shape}, w {w.shape}")
    return 2.0 / len(y) * (X.T @ (X @ w - y))
