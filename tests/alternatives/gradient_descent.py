"""Valid alternatives to `gradient_descent` that must earn full marks."""
import math

import numpy as np


def preallocated_while_loop(grad, x0, step, tol=1e-8, max_iter=10_000):
    """A while loop filling a preallocated float array, the norm written out with math.sqrt."""
    if not step > 0:
        raise ValueError("step must be positive")
    x = np.asarray(x0, dtype=float).copy()
    history = np.empty((max_iter + 1, x.size))
    history[0] = x
    k = 0
    while k < max_iter:
        g = np.asarray(grad(x), dtype=float)
        if math.sqrt(float(np.sum(g * g))) < tol:
            break
        x = x - step * g
        k += 1
        history[k] = x
    return history[k].copy(), history[:k + 1]


def grad_called_twice_and_vstack(grad, x0, step, tol=1e-8, max_iter=10_000):
    """Calls grad again for the update (wasteful, not wrong) and grows history with np.vstack."""
    if step <= 0:
        raise ValueError(f"step = {step} is not positive")
    x = np.array(x0, dtype=np.float64)
    history = x[None, :].copy()
    for _ in range(max_iter):
        if np.sqrt(grad(x) @ grad(x)) < tol:
            break
        x = x - step * np.asarray(grad(x))
        history = np.vstack([history, x])
    return history[-1], history


ALTERNATIVES = [("gradient_descent", preallocated_while_loop),
                ("gradient_descent", grad_called_twice_and_vstack)]
