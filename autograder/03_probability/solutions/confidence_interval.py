def confidence_interval(x, confidence=0.95, method="t"):
    """Return (low, high) = mean -/+ critical value * standard error, with a t or z critical value."""
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie strictly between 0 and 1, got {confidence!r}")
    if method not in ("t", "z"):
        raise ValueError(f"method must be 't' or 'z', got {method!r}")
    x = np.asarray(x, dtype=float)
    se = standard_error(x)                      # raises ValueError for fewer than 2 values
    upper = (1 + confidence) / 2                # (1 - confidence) / 2 is left in each tail
    critical = t_ppf(upper, x.size - 1) if method == "t" else normal_ppf(upper)
    centre = float(np.mean(x))
    return centre - critical * se, centre + critical * se
