"""Valid alternatives to `power_iteration` that must earn full marks."""
import numpy as np


def while_loop_unnormalised_quotient(A, x0, tol=1e-10, max_iter=1000):
    """The estimate as the Rayleigh quotient of w = A v itself (same value, other rounding)."""
    A = np.asarray(A, dtype=float)
    x0 = np.asarray(x0, dtype=float)
    if not np.any(x0):
        raise ValueError("x0 must be non-zero")
    v = x0 / np.linalg.norm(x0)
    estimate = v @ A @ v
    iteration = 0
    while iteration < max_iter:
        iteration += 1
        w = A @ v
        new_estimate = (w @ A @ w) / (w @ w)
        v = w / np.linalg.norm(w)
        if abs(new_estimate - estimate) < tol:
            return float(new_estimate), v, iteration
        estimate = new_estimate
    return float(estimate), v, max_iter


def returns_negated_vector(A, x0, tol=1e-10, max_iter=1000):
    """Either sign of the eigenvector is right."""
    A = np.array(A, dtype=float)
    v = np.array(x0, dtype=float)
    n = np.linalg.norm(v)
    if n == 0:
        raise ValueError("zero start vector")
    v = v / n
    lam = float(v @ A @ v)
    for k in range(1, max_iter + 1):
        v = A @ v
        v = v / np.linalg.norm(v)
        new = float(v @ A @ v)
        if abs(new - lam) < tol:
            return new, -v, k
        lam = new
    return lam, -v, max_iter


ALTERNATIVES = [("power_iteration", while_loop_unnormalised_quotient),
                ("power_iteration", returns_negated_vector)]
