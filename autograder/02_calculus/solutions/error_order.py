def error_order(h, errors):
    """Return (p, C) of the least-squares fit errors ≈ C * h**p, fitted as a line in log-log space."""
    h = np.asarray(h, dtype=float)
    errors = np.asarray(errors, dtype=float)
    if h.ndim != 1 or h.shape != errors.shape:
        raise ValueError(f"h and errors must be 1-D of equal length, got {h.shape} and {errors.shape}")
    if len(h) < 2:
        raise ValueError("at least two points are needed to fit a line")
    if np.any(h <= 0) or np.any(errors <= 0):
        raise ValueError("steps and errors must be positive to take logarithms")
    u, v = np.log(h), np.log(errors)
    if np.all(h == h[0]):   # not sum(du * du) == 0: rounding can leave it a tiny non-zero
        raise ValueError("all steps are equal: the slope is undefined")
    du = u - u.mean()
    spread = np.sum(du * du)
    p = np.sum(du * (v - v.mean())) / spread
    c = v.mean() - p * u.mean()
    return float(p), float(np.exp(c))
