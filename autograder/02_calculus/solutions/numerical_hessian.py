def numerical_hessian(f, x, h=1e-4):
    """Return the four-point finite-difference Hessian of f at x, an exactly symmetric (n, n) array."""
    if not h > 0:
        raise ValueError(f"the step h must be positive, got {h}")
    x = np.array(x, dtype=float)
    n = x.size
    steps = h * np.eye(n)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            ei, ej = steps[i], steps[j]
            H[i, j] = (f(x + ei + ej) - f(x + ei - ej)
                       - f(x - ei + ej) + f(x - ei - ej)) / (4 * h * h)
            H[j, i] = H[i, j]
    return H
