"""Valid alternatives to `numerical_gradient` that must earn full marks."""
import numpy as np


def rows_of_identity(f, x, h=1e-5):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    steps = h * np.eye(x.size)
    return np.array([(f(x + e) - f(x - e)) / (2 * h) for e in steps])


def copies_and_nudges(f, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    base = np.asarray(x, dtype=float)
    grad = np.empty(base.size)
    for i in range(base.size):
        plus, minus = base.copy(), base.copy()
        plus[i] += h
        minus[i] -= h
        grad[i] = (f(plus) - f(minus)) / (2.0 * h)
    return grad


ALTERNATIVES = [("numerical_gradient", rows_of_identity),
                ("numerical_gradient", copies_and_nudges)]
