def predict(X, w, threshold=0.5):
    """Return integer labels (m,): 1 where sigmoid(X w) >= threshold, else 0."""
    if not 0 < threshold < 1:
        raise ValueError(f"the threshold must lie strictly between 0 and 1, got {threshold}")
    X = np.asarray(X, dtype=float)
    w = np.asarray(w, dtype=float)
    return (sigmoid(X @ w) >= threshold).astype(int)


def accuracy(X, y, w):
    """Return the fraction of examples whose predicted label (threshold 0.5) equals y, as a float."""
    y = np.ravel(np.asarray(y))
    return float(np.mean(predict(X, w) == y))
