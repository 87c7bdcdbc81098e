"""Valid alternatives to `central_difference` that must earn full marks."""
import numpy as np


def average_of_one_sided(f, x, h):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    forward = (f(x + h) - f(x)) / h
    backward = (f(x) - f(x - h)) / h
    return ((forward + backward) / 2)[()]


def python_float_for_scalars(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if np.isscalar(x):
        return float((f(x + h) - f(x - h)) / (2.0 * h))
    x = np.array(x, dtype=float)
    return (f(x + h) - f(x - h)) / (2.0 * h)


ALTERNATIVES = [("central_difference", average_of_one_sided),
                ("central_difference", python_float_for_scalars)]
