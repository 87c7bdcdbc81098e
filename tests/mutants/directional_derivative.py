"""Wrong implementations of `directional_derivative` and `steepest_ascent`."""
import numpy as np


def not_normalised(grad_f, x, u):
    u = np.asarray(u, dtype=float)
    if not u.any():
        raise ValueError("zero direction")
    return float(np.asarray(grad_f(np.array(x, dtype=float))) @ u)


def no_zero_check(grad_f, x, u):
    u = np.asarray(u, dtype=float)
    with np.errstate(all="ignore"):
        return float(np.asarray(grad_f(np.array(x, dtype=float))) @ u / np.linalg.norm(u))


def normalises_u_in_place(grad_f, x, u):
    length = np.linalg.norm(u)
    if length == 0:
        raise ValueError("zero direction")
    u /= length
    return float(np.asarray(grad_f(np.array(x, dtype=float))) @ u)


def gradient_not_normalised(grad_f, x):
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(np.linalg.norm(g))
    if rate == 0:
        raise ValueError("stationary point")
    return g, rate


def descent_direction(grad_f, x):
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(np.linalg.norm(g))
    if rate == 0:
        raise ValueError("stationary point")
    return -g / rate, rate


def squared_rate(grad_f, x):
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(g @ g)
    if rate == 0:
        raise ValueError("stationary point")
    return g / np.sqrt(rate), rate


def nan_at_stationary_point(grad_f, x):
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(np.linalg.norm(g))
    with np.errstate(all="ignore"):
        return g / rate, rate


MUTANTS = [
    ("directional_derivative", not_normalised, "divide by its length"),
    ("directional_derivative", no_zero_check, None),
    ("directional_derivative", normalises_u_in_place, "in place"),
    ("steepest_ascent", gradient_not_normalised, "must be a unit vector"),
    ("steepest_ascent", descent_direction, "steepest DESCENT"),
    ("steepest_ascent", squared_rate, "not its square"),
    ("steepest_ascent", nan_at_stationary_point, None),
]
