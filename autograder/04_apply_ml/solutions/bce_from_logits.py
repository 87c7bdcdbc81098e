def bce_from_logits(z, y):
    """Return the mean binary cross-entropy of labels y under logits z, as a float."""
    z = np.ravel(np.asarray(z, dtype=float))
    y = np.ravel(np.asarray(y, dtype=float))
    if z.shape != y.shape or z.size == 0:
        raise ValueError(f"need as many labels as logits (and at least one): {z.size} and {y.size}")
    return float(np.mean(np.logaddexp(0.0, z) - y * z))
