"""Valid alternatives to `numerical_hessian` that must earn full marks."""
import numpy as np


def four_point_with_basis_vectors(f, x, h=1e-4):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    n = len(x)
    H = np.empty((n, n))
    for i in range(n):
        ei = np.zeros(n)
        ei[i] = h
        for j in range(i + 1):
            ej = np.zeros(n)
            ej[j] = h
            value = (f(x + ei + ej) - f(x + ei - ej) - f(x - ei + ej) + f(x - ei - ej)) / (4 * h**2)
            H[i, j] = value
            H[j, i] = value
    return H


def full_loop_then_symmetrise(f, x, h=1e-4):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    E = h * np.eye(x.size)
    H = np.array([[(f(x + a + b) - f(x + a - b) - f(x - a + b) + f(x - a - b)) / (4 * h * h)
                   for b in E] for a in E])
    return (H + H.T) / 2      # exactly symmetric: the same two numbers added in either order


ALTERNATIVES = [("numerical_hessian", four_point_with_basis_vectors),
                ("numerical_hessian", full_loop_then_symmetrise)]
