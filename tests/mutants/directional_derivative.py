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


def with_scipy_norm(grad_f, x, u):
    from scipy.linalg import norm
    u = np.asarray(u, dtype=float)
    if norm(u) == 0:
        raise ValueError("zero direction")
    return float(np.asarray(grad_f(np.array(x, dtype=float))) @ u / norm(u))


def with_np_gradient(grad_f, x, u):
    # a symmetric difference of g·(t û) at t = −1, 0, 1, through np.gradient
    u = np.asarray(u, dtype=float)
    length = np.linalg.norm(u)
    if length == 0:
        raise ValueError("zero direction")
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    return float(np.gradient(np.array([-(g @ u) / length, 0.0, (g @ u) / length]))[1])


def divides_by_squared_length(grad_f, x, u):
    u = np.asarray(u, dtype=float)
    if not u.any():
        raise ValueError("zero direction")
    return float(np.asarray(grad_f(np.array(x, dtype=float))) @ u / (u @ u))


def elementwise_product(grad_f, x, u):
    u = np.asarray(u, dtype=float)
    length = np.linalg.norm(u)
    if length == 0:
        raise ValueError("zero direction")
    return np.asarray(grad_f(np.array(x, dtype=float))) * u / length


def zero_check_with_threshold(grad_f, x, u):
    u = np.asarray(u, dtype=float)
    length = np.sqrt(np.sum(u ** 2))
    if length < 1e-10:
        raise ValueError("zero direction")
    return float(np.asarray(grad_f(np.array(x, dtype=float))) @ u / length)


def gradient_at_u(grad_f, x, u):
    u = np.asarray(u, dtype=float)
    length = np.linalg.norm(u)
    if length == 0:
        raise ValueError("zero direction")
    return float(np.asarray(grad_f(u)) @ u / length)


def steepest_with_scipy_norm(grad_f, x):
    from scipy import linalg
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(linalg.norm(g))
    if rate == 0:
        raise ValueError("stationary point")
    return g / rate, rate


def steepest_with_np_gradient(grad_f, x):
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(np.linalg.norm(g))
    if rate == 0:
        raise ValueError("stationary point")
    direction = np.gradient(np.stack([-g, g]), axis=0)[0] / (2 * rate)   # = g / rate
    return direction, rate


def steepest_swapped_order(grad_f, x):
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(np.linalg.norm(g))
    if rate == 0:
        raise ValueError("stationary point")
    return rate, g / rate


def steepest_threshold(grad_f, x):
    g = np.asarray(grad_f(np.array(x, dtype=float)), dtype=float)
    rate = float(np.linalg.norm(g))
    if rate < 1e-12:
        raise ValueError("stationary point")
    return g / rate, rate


def steepest_direction_as_list(grad_f, x):
    g = [float(v) for v in grad_f(np.array(x, dtype=float))]
    rate = sum(v * v for v in g) ** 0.5
    if rate == 0:
        raise ValueError("stationary point")
    return [v / rate for v in g], rate


MUTANTS = [
    ("directional_derivative", not_normalised, "divide by its length"),
    ("directional_derivative", no_zero_check, "should raise ValueError"),
    ("directional_derivative", normalises_u_in_place, "in place"),
    ("directional_derivative", with_scipy_norm, "asks you not to use"),
    ("directional_derivative", with_np_gradient, "asks you not to use"),
    ("directional_derivative", divides_by_squared_length, "not by ‖u‖²"),
    ("directional_derivative", elementwise_product, "without adding them up"),
    ("directional_derivative", zero_check_with_threshold, "(no threshold)"),
    ("directional_derivative", gradient_at_u, "you evaluated it at u"),
    ("steepest_ascent", gradient_not_normalised, "must be a unit vector"),
    ("steepest_ascent", descent_direction, "steepest DESCENT"),
    ("steepest_ascent", squared_rate, "not its square"),
    ("steepest_ascent", nan_at_stationary_point, "instead of returning NaN"),
    ("steepest_ascent", steepest_with_scipy_norm, "asks you not to use"),
    ("steepest_ascent", steepest_with_np_gradient, "asks you not to use"),
    ("steepest_ascent", steepest_swapped_order, "in this order"),
    ("steepest_ascent", steepest_threshold, "(no threshold)"),
    ("steepest_ascent", steepest_direction_as_list, "the task asks for a NumPy array"),
]
