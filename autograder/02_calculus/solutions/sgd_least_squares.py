def sgd_least_squares(X, y, step, batch_size, epochs, rng):
    """Return (w, losses): mini-batch SGD on the mean squared error, losses per epoch from w = 0."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    if batch_size < 1:
        raise ValueError(f"the batch size must be at least 1, got {batch_size}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w = np.zeros(d)
    losses = [least_squares_loss(X, y, w)]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            w = w - step * least_squares_gradient(X[batch], y[batch], w)
        losses.append(least_squares_loss(X, y, w))
    return w, np.array(losses)
