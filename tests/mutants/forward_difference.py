"""Wrong implementations of `forward_difference`."""
import numpy as np


def central_instead(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x - h)) / (2 * h)


def backward_instead(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x) - f(x - h)) / h


def divides_by_two_h(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x)) / (2 * h)


def no_step_check(f, x, h):
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x)) / h


def shifts_x_in_place(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if isinstance(x, np.ndarray) and x.dtype.kind == "f":
        fx = f(x.copy())
        x += h
        return (f(x) - fx) / h
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x)) / h


def loops_over_entries(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if np.ndim(x) == 0:
        return (f(x + h) - f(x)) / h
    return np.array([(f(xi + h) - f(xi)) / h for xi in np.asarray(x, dtype=float).ravel()])


MUTANTS = [
    ("forward_difference", central_instead, "this exercise asks for the forward difference"),
    ("forward_difference", backward_instead, "you stepped backwards"),
    ("forward_difference", divides_by_two_h, "divide by h"),
    ("forward_difference", no_step_check, None),
    ("forward_difference", shifts_x_in_place, "in place"),
    ("forward_difference", loops_over_entries, None),
]
