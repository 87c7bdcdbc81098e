def sigmoid(z):
    """Return the logistic sigmoid 1 / (1 + exp(-z)) entrywise, without overflow."""
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))                      # in (0, 1]: never overflows
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def log_sigmoid(z):
    """Return log(sigmoid(z)) entrywise, finite for every finite z."""
    z = np.asarray(z, dtype=float)
    return np.minimum(z, 0.0) - np.log1p(np.exp(-np.abs(z)))
