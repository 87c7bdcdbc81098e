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



def every_pair_with_regrouped_sums(f, x, h=1e-4):
    """All (i, j) computed separately, as (a + d) - (b + c): the same numbers for (j, i), so the
    result is exactly symmetric without copying."""
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    n = x.size
    E = h * np.eye(n)
    H = np.empty((n, n))
    for i in range(n):
        for j in range(n):
            H[i, j] = ((f(x + E[i] + E[j]) + f(x - E[i] - E[j]))
                       - (f(x + E[i] - E[j]) + f(x - E[i] + E[j]))) / (4 * h * h)
    return H


def central_gradient_of_central_gradient(f, x, h=1e-4):
    """The central difference in x_j of the central-difference gradient: the same four points per
    entry (x ± h e_i ± h e_j), then symmetrised."""
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    n = x.size
    E = h * np.eye(n)

    def gradient(z):
        return np.array([(f(z + E[i]) - f(z - E[i])) / (2 * h) for i in range(n)])

    J = np.array([(gradient(x + E[j]) - gradient(x - E[j])) / (2 * h) for j in range(n)])
    return (J + J.T) / 2


ALTERNATIVES = [("numerical_hessian", four_point_with_basis_vectors),
                ("numerical_hessian", full_loop_then_symmetrise),
                ("numerical_hessian", every_pair_with_regrouped_sums),
                ("numerical_hessian", central_gradient_of_central_gradient)]
