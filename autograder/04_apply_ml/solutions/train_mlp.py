def train_mlp(X, y, h, epochs, batch_size, step, rng):
    """Return (params, losses): mini-batch SGD on the mean cross-entropy, whole-set losses per epoch."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    if batch_size < 1:
        raise ValueError(f"the batch size must be at least 1, got {batch_size}")
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    n, d = X.shape
    params = init_params(d, h, int(y.max()) + 1, rng)
    losses = [cross_entropy(mlp_forward(params, X)[2], y)]
    for _ in range(epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            _, grads = mlp_backward(params, X[batch], y[batch])
            params = {name: params[name] - step * grads[name] for name in params}
        losses.append(cross_entropy(mlp_forward(params, X)[2], y))
    return params, np.array(losses)
