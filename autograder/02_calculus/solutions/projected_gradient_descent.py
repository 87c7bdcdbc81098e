def projected_gradient_descent(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    """Return (x, history): gradient steps each followed by a projection onto [lower, upper]."""
    if step <= 0:
        raise ValueError(f"the step size must be positive, got {step}")
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    if np.any(lower > upper):
        raise ValueError("every lower bound must be at most the matching upper bound")
    x = np.clip(np.array(x0, dtype=float), lower, upper)
    history = [x]
    for _ in range(max_iter):
        x_new = np.clip(x - step * np.asarray(grad(x), dtype=float), lower, upper)
        history.append(x_new)
        moved = np.linalg.norm(x_new - x)
        x = x_new
        if moved < tol:
            break
    return x, np.array(history)
