def cross_entropy(logits, y):
    """Return the mean cross-entropy -mean(log softmax(logits)[i, y_i]), computed stably."""
    S = np.asarray(logits, dtype=float)
    y = np.asarray(y)
    m, k = S.shape
    if y.shape != (m,):
        raise ValueError(f"expected {m} labels, one per row, got an array of shape {y.shape}")
    if np.any(y < 0) or np.any(y >= k):
        raise ValueError(f"labels must lie in 0..{k - 1}")
    shifted = S - S.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(m), y.astype(int)].mean())
