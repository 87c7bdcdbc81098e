"""Valid alternatives to `forward_difference` that must earn full marks."""
import numpy as np


def with_float_conversion(f, x, h):
    if h <= 0:
        raise ValueError("h must be positive")
    if np.ndim(x) == 0:
        x = float(x)
        return float((f(x + h) - f(x)) / h)
    x = np.array(x, dtype=float)
    return (f(x + h) - f(x)) / h


def entry_by_entry(f, x, h):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    for index in np.ndindex(x.shape):
        out[index] = (f(x[index] + h) - f(x[index])) / h
    return out if x.ndim else out[()]


ALTERNATIVES = [("forward_difference", with_float_conversion),
                ("forward_difference", entry_by_entry)]
