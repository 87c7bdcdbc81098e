def central_difference(f, x, h):
    """Return (f(x + h) - f(x - h)) / (2 h) elementwise, for a float or an array x and a step h > 0."""
    if not h > 0:
        raise ValueError(f"the step h must be positive, got {h!r}")
    x = np.asarray(x, dtype=float)
    return ((f(x + h) - f(x - h)) / (2.0 * h))[()]
