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


def with_np_diff(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (np.diff(np.stack([f(x), f(x + h)]), axis=0)[0] / h)[()]


def with_np_gradient(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return np.gradient(np.stack([f(x), f(x + h)]), h, axis=0)[0][()]


def list_for_arrays(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if np.ndim(x) == 0:
        return (f(x + h) - f(x)) / h
    return [(f(xi + h) - f(xi)) / h for xi in x]


def only_zero_step_rejected(f, x, h):
    if h == 0:
        raise ValueError("h must not be zero")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x)) / h


def tiny_step_rejected(f, x, h):
    # "too small to be safe": rejects steps the task allows
    if h <= 1e-10:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x)) / h


def step_relative_to_x(f, x, h):
    # scales the step with x although the task gives h
    if h <= 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    step = h * np.maximum(1.0, np.abs(x))
    return ((f(x + step) - f(x)) / step)[()]


def shifts_and_shifts_back(f, x, h):
    """x += h, evaluate, x -= h: x + h - h is not always x, so the caller's x changes."""
    if h <= 0:
        raise ValueError("h must be positive")
    if isinstance(x, np.ndarray) and x.dtype.kind == "f":
        f0 = f(x.copy())
        x += h
        f1 = f(x.copy())
        x -= h
        return (f1 - f0) / h
    x = np.asarray(x, dtype=float)
    return (f(x + h) - f(x)) / h


MUTANTS = [
    ("forward_difference", central_instead, "this exercise asks for the forward difference"),
    ("forward_difference", backward_instead, "you stepped backwards"),
    ("forward_difference", divides_by_two_h, "divide by h"),
    ("forward_difference", no_step_check, "should raise ValueError"),
    ("forward_difference", shifts_x_in_place, "in place"),
    ("forward_difference", loops_over_entries, "the result must have the shape of x"),
    ("forward_difference", with_np_diff, "asks you not to use"),
    ("forward_difference", with_np_gradient, "asks you not to use"),
    ("forward_difference", list_for_arrays, "the task asks for a NumPy array"),
    ("forward_difference", only_zero_step_rejected, "forward_difference(cube, 1.0, -0.1) should raise"),
    ("forward_difference", tiny_step_rejected, "every h > 0 is a valid step"),
    ("forward_difference", step_relative_to_x, "you scaled the step with x"),
    ("forward_difference", shifts_and_shifts_back, "modified x in place"),
]
