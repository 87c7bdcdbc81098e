def train_logistic(X, y, step, iterations):
    """Return (w, losses): gradient descent from w = 0 on the mean cross-entropy."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    if iterations < 0:
        raise ValueError(f"the number of iterations must be >= 0, got {iterations}")
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    w = np.zeros(X.shape[1])
    losses = [bce_from_logits(X @ w, y)]
    for _ in range(iterations):
        w = w - step * logistic_gradient(X, y, w)
        losses.append(bce_from_logits(X @ w, y))
    return w, np.array(losses)
