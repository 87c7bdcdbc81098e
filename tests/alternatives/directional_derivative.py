"""Valid alternatives to `directional_derivative` and `steepest_ascent` that must earn full marks."""
import math

import numpy as np


def unit_vector_first(grad_f, x, u):
    u = np.array(u, dtype=float)
    length = math.sqrt(float(u @ u))
    if length == 0.0:
        raise ValueError("u is the zero vector")
    u_hat = u / length
    return float(np.dot(grad_f(np.asarray(x, dtype=float)), u_hat))


def sum_of_products(grad_f, x, u):
    u = np.asarray(u, dtype=float)
    if not np.any(u):
        raise ValueError("u is the zero vector")
    g = np.asarray(grad_f(np.asarray(x, dtype=float)), dtype=float)
    return np.sum(g * u) / np.linalg.norm(u)


def steepest_with_np_float(grad_f, x):
    g = np.asarray(grad_f(np.asarray(x, dtype=float)), dtype=float)
    rate = np.linalg.norm(g)          # a np.float64 is a float
    if not rate > 0:
        raise ValueError("zero gradient")
    return g / rate, rate


ALTERNATIVES = [("directional_derivative", unit_vector_first),
                ("directional_derivative", sum_of_products),
                ("steepest_ascent", steepest_with_np_float)]
