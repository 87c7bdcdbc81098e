def taylor_models(f0, g, H, x0, X):
    """Return (first, second): the first- and second-order Taylor models of f around x0 at the rows of X."""
    g = np.asarray(g, dtype=float)
    H = np.asarray(H, dtype=float)
    x0 = np.asarray(x0, dtype=float)
    X = np.asarray(X, dtype=float)
    n = x0.size
    if x0.shape != (n,) or g.shape != (n,) or H.shape != (n, n) or X.ndim != 2 or X.shape[1] != n:
        raise ValueError(f"shapes do not fit: x0 {x0.shape}, g {g.shape}, H {H.shape}, X {X.shape}")
    D = X - x0
    first = f0 + D @ g
    second = first + 0.5 * np.sum((D @ H) * D, axis=1)
    return first, second
