def gradient_descent(grad, x0, step, tol=1e-8, max_iter=10_000):
    """Return (x, history): fixed-step gradient descent from x0, stopped when ||grad(x)|| < tol."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    x = np.array(x0, dtype=float)
    history = [x]
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        x = x - step * g
        history.append(x)
    return x, np.array(history)
