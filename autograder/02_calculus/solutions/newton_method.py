def newton_method(grad, hess, x0, tol=1e-10, max_iter=50):
    """Return (x, iterations): Newton's method from x0, stopped when ||grad(x)|| < tol."""
    x = np.array(x0, dtype=float)
    for iteration in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x = x - np.linalg.solve(np.asarray(hess(x), dtype=float), g)
    return x, max_iter
