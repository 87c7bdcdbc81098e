def numerical_jacobian(F, x, h=1e-5):
    """Return the central-difference Jacobian of F: R^n -> R^m at x, shape (m, n)."""
    if not h > 0:
        raise ValueError(f"the step h must be positive, got {h}")
    x = np.array(x, dtype=float)
    n = x.size
    columns = []
    for j in range(n):
        step = np.zeros(n)
        step[j] = h
        forward = np.asarray(F(x + step), dtype=float)
        backward = np.asarray(F(x - step), dtype=float)
        columns.append((forward - backward) / (2 * h))
    return np.column_stack(columns)
