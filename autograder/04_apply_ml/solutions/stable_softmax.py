def softmax(logits):
    """Return the row-wise softmax of a 2-D array of scores, shifted by each row's maximum."""
    S = np.asarray(logits, dtype=float)
    shifted = S - S.max(axis=1, keepdims=True)
    E = np.exp(shifted)
    return E / E.sum(axis=1, keepdims=True)
