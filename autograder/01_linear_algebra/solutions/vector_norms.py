def norm(x, p=2):
    """Return the l1, l2 or l-infinity norm of the 1-D sequence x."""
    x = np.asarray(x, dtype=float)
    if p == 1:
        return float(np.sum(np.abs(x)))
    if p == 2:
        return float(np.sqrt(np.sum(x * x)))
    if p == np.inf:
        return float(np.max(np.abs(x))) if x.size else 0.0
    raise ValueError(f"unsupported norm order p={p!r}; use 1, 2 or np.inf")
