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


MUTANTS = [
    ("central_difference", forward_instead, "you computed the forward difference"),
    ("central_difference", divides_by_h, "divided by h instead of 2h"),
    ("central_difference", missing_parentheses, "(… / 2) * h"),
    ("central_difference", no_step_check, None),
    ("central_difference", shifts_x_in_place, "in place"),
    ("central_difference", loops_over_entries, None),
]
