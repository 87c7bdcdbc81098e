def sgd_logistic(X, y, step, batch_size, epochs, rng):
    """Return (w, losses): mini-batch SGD on the mean cross-entropy, full-data loss per epoch from w = 0."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    if batch_size < 1:
        raise ValueError(f"the batch size must be at least 1, got {batch_size}")
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    m, d = X.shape
    w = np.zeros(d)
    losses = [bce_from_logits(X @ w, y)]
    for _ in range(epochs):
        order = rng.permutation(m)
        for start in range(0, m, batch_size):
            batch = order[start:start + batch_size]
            w = w - step * logistic_gradient(X[batch], y[batch], w)
        losses.append(bce_from_logits(X @ w, y))
    return w, np.array(losses)
