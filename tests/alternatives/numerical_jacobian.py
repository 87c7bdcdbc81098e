"""Valid alternatives to `numerical_jacobian` that must earn full marks."""
import numpy as np


def fill_columns(F, x, h=1e-5):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    first = np.atleast_1d(np.asarray(F(x), dtype=float))
    J = np.empty((first.size, x.size))
    for j in range(x.size):
        e = np.zeros_like(x)
        e[j] = h
        J[:, j] = (np.asarray(F(x + e), dtype=float) - np.asarray(F(x - e), dtype=float)) / (2 * h)
    return J


def rows_then_transpose(F, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    steps = h * np.eye(x.size)
    rows = [(np.asarray(F(x + e), dtype=float) - np.asarray(F(x - e), dtype=float)) / (2 * h)
            for e in steps]
    return np.array(rows).T


ALTERNATIVES = [("numerical_jacobian", fill_columns), ("numerical_jacobian", rows_then_transpose)]
