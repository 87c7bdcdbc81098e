"""Valid alternatives to `projected_gradient_descent` that must earn full marks."""
import numpy as np


def maximum_minimum_projection(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    """The projection written as np.minimum(np.maximum(z, lower), upper); a while loop."""
    if not step > 0:
        raise ValueError("step must be positive")
    lo = np.asarray(lower, dtype=float)
    hi = np.asarray(upper, dtype=float)
    if (lo > hi).any():
        raise ValueError("lower > upper")
    x = np.minimum(np.maximum(np.asarray(x0, dtype=float), lo), hi)
    rows = [x.copy()]
    k = 0
    while k < max_iter:
        new = np.minimum(np.maximum(x - step * np.asarray(grad(x)), lo), hi)
        rows.append(new.copy())
        k += 1
        done = np.sqrt(np.sum((new - x) ** 2)) < tol
        x = new
        if done:
            break
    return x, np.array(rows, dtype=float)


def projection_per_coordinate(grad, x0, step, lower, upper, tol=1e-10, max_iter=10_000):
    """Clips coordinate by coordinate with min/max on Python floats; history preallocated."""
    if step <= 0:
        raise ValueError("step <= 0")
    x = np.array(x0, dtype=float)
    n = x.size
    lo = np.broadcast_to(np.asarray(lower, dtype=float), (n,))
    hi = np.broadcast_to(np.asarray(upper, dtype=float), (n,))
    if any(a > b for a, b in zip(lo, hi)):
        raise ValueError("some lower bound exceeds its upper bound")

    def project(z):
        return np.array([min(max(float(z[i]), lo[i]), hi[i]) for i in range(n)])

    history = np.empty((max_iter + 1, n))
    history[0] = x = project(x)
    used = 1
    for _ in range(max_iter):
        x_new = project(x - step * grad(x))
        history[used] = x_new
        used += 1
        if np.linalg.norm(x_new - x) < tol:
            x = x_new
            break
        x = x_new
    return history[used - 1].copy(), history[:used]


ALTERNATIVES = [("projected_gradient_descent", maximum_minimum_projection),
                ("projected_gradient_descent", projection_per_coordinate)]
