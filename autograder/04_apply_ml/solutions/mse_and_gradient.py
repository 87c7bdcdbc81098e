def mse(X, y, w):
    """Return the mean squared error (1/m) ||X w - y||^2 as a float; y may be (m,) or (m, 1)."""
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    m, d = X.shape
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.shape != (m,) or w.shape != (d,):
        raise ValueError(f"shapes do not fit: X {X.shape}, y {y.shape}, w {w.shape}")
    residual = X @ w - y
    return float(residual @ residual / m)


def mse_gradient(X, y, w):
    """Return the gradient (2/m) X^T (X w - y) of the mean squared error, shape (d,)."""
    X, y, w = (np.asarray(a, dtype=float) for a in (X, y, w))
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    m, d = X.shape
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.shape != (m,) or w.shape != (d,):
        raise ValueError(f"shapes do not fit: X {X.shape}, y {y.shape}, w {w.shape}")
    return 2.0 / m * (X.T @ (X @ w - y))
