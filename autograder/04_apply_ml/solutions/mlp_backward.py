def mlp_backward(params, X, y):
    """Return (loss, grads): the mean cross-entropy of the network on (X, y) and its gradient dict."""
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    m = X.shape[0]
    Z1, A1, logits = mlp_forward(params, X)
    loss = cross_entropy(logits, y)
    delta2 = softmax(logits)                      # P, a new array: safe to change
    delta2[np.arange(m), y.astype(int)] -= 1.0    # P - Y without building Y
    delta2 /= m                                   # dL/dS, shape (m, k)
    W2 = np.asarray(params["W2"], dtype=float)
    delta1 = (delta2 @ W2.T) * (Z1 > 0)           # dL/dZ1, shape (m, h)
    grads = {"W1": X.T @ delta1, "b1": delta1.sum(axis=0),
             "W2": A1.T @ delta2, "b2": delta2.sum(axis=0)}
    return loss, grads
