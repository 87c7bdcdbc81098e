def directional_derivative(grad_f, x, u):
    """Return the rate of change of f at x along the direction of u: grad f(x) . u / ||u||."""
    u = np.asarray(u, dtype=float)
    length = np.linalg.norm(u)
    if length == 0:
        raise ValueError("the direction u is the zero vector")
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    return float(g @ u / length)


def steepest_ascent(grad_f, x):
    """Return (unit direction of steepest ascent, its rate ||grad f(x)||) at x."""
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(np.linalg.norm(g))
    if rate == 0:
        raise ValueError("the gradient is zero: x is a stationary point")
    return g / rate, rate
