"""Valid alternatives to `gradient_check` that must earn full marks."""
import math

import numpy as np


def _central(f, x, h):
    grad = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        grad[i] = (f(x + e) - f(x - e)) / (2 * h)
    return grad


def plain_python_norms(f, grad_f, x, h=1e-5):
    x = np.array(x, dtype=float)
    numeric = _central(f, x, h)
    analytic = np.asarray(grad_f(x), dtype=float)
    if analytic.shape != x.shape:
        raise ValueError("grad_f(x) must have the shape of x")
    diff = math.sqrt(sum((a - b) ** 2 for a, b in zip(numeric, analytic)))
    total = math.sqrt(sum(a * a for a in numeric)) + math.sqrt(sum(b * b for b in analytic))
    return diff / max(total, 1e-12)


def returns_numpy_float(f, grad_f, x, h=1e-5):
    x = np.asarray(x, dtype=float)
    analytic = np.asarray(grad_f(x.copy()), dtype=float)
    if np.shape(analytic) != np.shape(x):
        raise ValueError("grad_f(x) must have the shape of x")
    numeric = _central(f, x, h)
    return np.linalg.norm(numeric - analytic) / np.maximum(
        np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12)


ALTERNATIVES = [("gradient_check", plain_python_norms), ("gradient_check", returns_numpy_float)]
