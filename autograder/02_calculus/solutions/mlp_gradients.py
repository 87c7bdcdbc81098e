def mlp_gradients(X, Y, W1, b1, W2, b2):
    """Return (loss, grads) for the tanh network X -> tanh(X W1 + b1) W2 + b2 with mean squared loss."""
    X, Y = np.asarray(X, dtype=float), np.asarray(Y, dtype=float)
    W1, b1 = np.asarray(W1, dtype=float), np.asarray(b1, dtype=float)
    W2, b2 = np.asarray(W2, dtype=float), np.asarray(b2, dtype=float)
    m = X.shape[0]
    H = np.tanh(X @ W1 + b1)                      # forward pass, keeping H
    Y_hat = H @ W2 + b2
    residual = Y_hat - Y
    loss = float(np.sum(residual ** 2) / (2 * m))
    delta2 = residual / m                         # dL/dY_hat, shape (m, k)
    delta1 = (delta2 @ W2.T) * (1.0 - H ** 2)     # dL/dZ, shape (m, h)
    grads = {"W1": X.T @ delta1, "b1": delta1.sum(axis=0),
             "W2": H.T @ delta2, "b2": delta2.sum(axis=0)}
    return loss, grads
