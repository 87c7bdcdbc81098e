def trapezoid(f, a, b, n):
    """Return the composite trapezoid approximation of the integral of f over [a, b] with n subintervals."""
    if int(n) != n or n < 1:
        raise ValueError(f"n must be a positive integer, got {n!r}")
    n = int(n)
    h = (b - a) / n
    y = np.asarray(f(np.linspace(a, b, n + 1)), dtype=float)
    return float(h * (0.5 * y[0] + y[1:-1].sum() + 0.5 * y[-1]))
