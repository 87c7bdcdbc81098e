def mlp_forward(params, X):
    """Return (Z1, A1, logits) for the network X -> relu(X W1 + b1) W2 + b2."""
    X = np.asarray(X, dtype=float)
    Z1 = X @ np.asarray(params["W1"], dtype=float) + np.asarray(params["b1"], dtype=float)
    A1 = np.maximum(Z1, 0.0)
    logits = A1 @ np.asarray(params["W2"], dtype=float) + np.asarray(params["b2"], dtype=float)
    return Z1, A1, logits
