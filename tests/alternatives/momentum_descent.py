"""Valid alternatives to `momentum_descent` that must earn full marks."""
import numpy as np


def library_velocity_form(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    """v ← beta·v + grad, x ← x − step·v: the same iterates for a fixed step (as the text says)."""
    if step <= 0:
        raise ValueError("step must be positive")
    if beta < 0 or beta >= 1:
        raise ValueError("beta must lie in [0, 1)")
    x = np.asarray(x0, dtype=float).copy()
    v = np.zeros(x.shape)
    rows = [x.copy()]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = beta * v + g
        x = x - step * v
        rows.append(x.copy())
    return x, np.array(rows, dtype=float)


def without_velocity(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    """x_{k+1} = x_k − step·grad(x_k) + beta·(x_k − x_{k−1}), x_{−1} = x_0, in a preallocated array."""
    if not (step > 0 and 0 <= beta < 1):
        raise ValueError("invalid step or beta")
    x = np.array(x0, dtype=float)
    history = np.zeros((max_iter + 1, x.size))
    history[0] = x
    previous = x.copy()
    k = 0
    while k < max_iter:
        g = np.asarray(grad(history[k]), dtype=float)
        if np.sqrt(np.sum(g ** 2)) < tol:
            break
        history[k + 1] = history[k] - step * g + beta * (history[k] - previous)
        previous = history[k]
        k += 1
    return history[k].copy(), history[:k + 1].copy()



def velocity_with_the_step_inside(grad, x0, step, beta=0.9, tol=1e-8, max_iter=10_000):
    """v = beta v + step g, x = x - v: the heavy-ball iterates with the velocity's sign flipped."""
    if step <= 0 or not 0 <= beta < 1:
        raise ValueError("step > 0 and 0 <= beta < 1 are required")
    x = np.array(x0, dtype=float)
    v = np.zeros_like(x)
    history = [x.copy()]
    for _ in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            break
        v = beta * v + step * g
        x = x - v
        history.append(x.copy())
    return x, np.array(history)


ALTERNATIVES = [("momentum_descent", library_velocity_form),
                ("momentum_descent", without_velocity),
                ("momentum_descent", velocity_with_the_step_inside)]
