def project(X, mean, components, k):
    """Return the (N, k) coordinates of the rows of X on the first k principal directions."""
    X = np.asarray(X, dtype=float)
    mean = np.asarray(mean, dtype=float)
    components = np.asarray(components, dtype=float)
    D, m = components.shape
    if X.ndim != 2 or X.shape[1] != D:
        raise ValueError(f"X must have shape (N, {D}), got {X.shape}")
    if not 0 <= k <= m:
        raise ValueError(f"k must be between 0 and {m}, got {k}")
    return (X - mean) @ components[:, :k]


def reconstruct(Z, mean, components):
    """Return the (N, D) reconstruction from codes Z (N, k): Z times the first k directions, plus the mean."""
    Z = np.asarray(Z, dtype=float)
    mean = np.asarray(mean, dtype=float)
    components = np.asarray(components, dtype=float)
    k = Z.shape[1]
    if k > components.shape[1]:
        raise ValueError(f"Z has {k} columns but there are only {components.shape[1]} components")
    return Z @ components[:, :k].T + mean
