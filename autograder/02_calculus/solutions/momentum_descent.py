def momentum_descent(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    """Return (x, history): heavy-ball momentum from x0, stopped when ||grad(x)|| < tol."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    if not 0 <= beta < 1:
        raise ValueError(f"the momentum beta must lie in [0, 1), got {beta}")
    x = np.array(x0, dtype=float)
    velocity = np.zeros_like(x)
    history = [x]
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        velocity = beta * velocity - step * g
        x = x + velocity
        history.append(x)
    return x, np.array(history)
