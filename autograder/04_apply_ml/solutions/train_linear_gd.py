def train_linear_gd(X, y, step, iterations):
    """Return (w, losses): gradient descent on the MSE from w = 0; losses[k] is the MSE after k steps."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    if iterations < 0:
        raise ValueError(f"the number of iterations must be >= 0, got {iterations}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    m, d = X.shape
    if y.ndim == 2 and y.shape[1] == 1:
        y = y[:, 0]
    if y.shape != (m,):
        raise ValueError(f"y must have shape ({m},) or ({m}, 1), got {y.shape}")
    w = np.zeros(d)
    residual = -y
    losses = [residual @ residual / m]
    for _ in range(iterations):
        w = w - step * (2.0 / m) * (X.T @ residual)
        residual = X @ w - y
        losses.append(residual @ residual / m)
    return w, np.array(losses)
