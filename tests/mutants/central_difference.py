"""Wrong implementations of `central_difference`."""
import numpy as np


def forward_instead(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x)) / h


def divides_by_h(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / h


def missing_parentheses(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / 2 * h


def no_step_check(f, x, h):
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / (2 * h)


def shifts_x_in_place(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if isinstance(x, np.ndarray) and x.dtype.kind == "f":
        x -= h
        left = f(x)
        x += 2 * h
        return (f(x) - left) / (2 * h)
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / (2 * h)


def loops_over_entries(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if np.ndim(x) == 0:
        return (f(x + h) - f(x - h)) / (2 * h)
    return np.array([(f(xi + h) - f(xi - h)) / (2 * h) for xi in np.asarray(x, dtype=float).ravel()])




def with_np_gradient(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return np.gradient(np.stack([f(x - h), f(x), f(x + h)]), h, axis=0)[1][()]


def with_np_diff(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (np.diff(np.stack([f(x - h), f(x + h)]), axis=0)[0] / (2 * h))[()]


def list_for_arrays(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if np.ndim(x) == 0:
        return (f(x + h) - f(x - h)) / (2 * h)
    return [(f(xi + h) - f(xi - h)) / (2 * h) for xi in x]


def only_zero_step_rejected(f, x, h):
    if h == 0:
        raise ValueError("h must not be zero")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / (2 * h)


def tiny_step_rejected(f, x, h):
    if h < 1e-8:
        raise ValueError("h is too small")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / (2 * h)


def step_relative_to_x(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    step = h * np.maximum(1.0, np.abs(x))
    return ((f(x + step) - f(x - step)) / (2 * step))[()]


def sign_flipped(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x - h) - f(x + h)) / (2 * h)


MUTANTS = [
    ("central_difference", forward_instead, "you computed the forward difference"),
    ("central_difference", divides_by_h, "divided by h instead of 2h"),
    ("central_difference", missing_parentheses, "(… / 2) * h"),
    ("central_difference", no_step_check, "should raise ValueError"),
    ("central_difference", shifts_x_in_place, "in place"),
    ("central_difference", loops_over_entries, "the result must have the shape of x"),
    ("central_difference", with_np_gradient, "asks you not to use"),
    ("central_difference", with_np_diff, "asks you not to use"),
    ("central_difference", list_for_arrays, "the task asks for a NumPy array"),
    ("central_difference", only_zero_step_rejected, "central_difference(cube, 1.0, -0.1) should raise"),
    ("central_difference", tiny_step_rejected, "every h > 0 is a valid step"),
    ("central_difference", step_relative_to_x, "you scaled the step with x"),
    ("central_difference", sign_flipped, "the sign"),
]
