"""Valid alternatives to `newton_method` that must earn full marks."""
import numpy as np


def while_loop_with_counter(grad, hess, x0, tol=1e-10, max_iter=50):
    """A while loop counting the steps; the step from solve(H, g) subtracted."""
    x = np.asarray(x0, dtype=float).copy()
    steps = 0
    while steps < max_iter and np.sqrt(np.sum(np.asarray(grad(x)) ** 2)) >= tol:
        x = x - np.linalg.solve(hess(x), grad(x))
        steps += 1
    return x, steps


def lstsq_step_and_numpy_int(grad, hess, x0, tol=1e-10, max_iter=50):
    """The Newton step from np.linalg.lstsq (a solve, no inverse formed); the count an np.int64."""
    x = np.array(x0, dtype=np.float64)
    count = np.int64(0)
    for _ in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            break
        d = np.linalg.lstsq(np.asarray(hess(x), dtype=float), -g, rcond=None)[0]
        x = x + d
        count += 1
    return x, count


ALTERNATIVES = [("newton_method", while_loop_with_counter),
                ("newton_method", lstsq_step_and_numpy_int)]
