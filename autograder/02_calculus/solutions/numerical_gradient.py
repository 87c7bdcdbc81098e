def numerical_gradient(f, x, h=1e-5):
    """Return the central-difference approximation of the gradient of f at x, shape (n,)."""
    if not h > 0:
        raise ValueError(f"the step h must be positive, got {h}")
    x = np.array(x, dtype=float)
    n = x.size
    grad = np.zeros(n)
    for i in range(n):
        step = np.zeros(n)
        step[i] = h
        grad[i] = (f(x + step) - f(x - step)) / (2 * h)
    return grad
