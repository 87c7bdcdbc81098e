def simpson(f, a, b, n):
    """Return the composite Simpson approximation of the integral of f over [a, b]; n even."""
    if int(n) != n or n < 2 or int(n) % 2:
        raise ValueError(f"n must be a positive even integer, got {n!r}")
    n = int(n)
    h = (b - a) / n
    y = np.asarray(f(np.linspace(a, b, n + 1)), dtype=float)
    return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))
