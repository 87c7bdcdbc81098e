"""Valid alternatives to `numerical_derivative` that must earn full marks."""
import numpy as np


def _central(f, x, h):
    if not h > 0:
        raise ValueError("h must be positive")
    return (f(x + h) - f(x - h)) / (2 * h)


def entry_by_entry_with_central(f, x):
    x = np.asarray(x, dtype=float)
    out = np.empty(x.shape)
    for index in np.ndindex(x.shape):
        xi = float(x[index])
        out[index] = _central(f, xi, np.cbrt(np.finfo(float).eps) * max(1.0, abs(xi)))
    return out if x.ndim else float(out[()])


def vectorised_without_representable_step(f, x):
    x = np.array(x, dtype=float)
    h = 6e-6 * np.maximum(1.0, np.abs(x))
    return (f(x + h) - f(x - h)) / (2 * h)


def step_one_plus_abs_x(f, x):
    x = np.asarray(x, dtype=float)
    h = np.finfo(float).eps ** (1 / 3) * (1.0 + np.abs(x))
    return ((f(x + h) - f(x - h)) / (2 * h))[()]


def divides_by_the_representable_spacing(f, x):
    """The prescribed step, but dividing by (x + h) - (x - h), the spacing actually evaluated."""
    x = np.asarray(x, dtype=float)
    h = np.finfo(float).eps ** (1 / 3) * np.maximum(1.0, np.abs(x))
    up, down = x + h, x - h
    d = (f(up) - f(down)) / (up - down)
    return d if d.ndim else float(d)


ALTERNATIVES = [("numerical_derivative", entry_by_entry_with_central),
                ("numerical_derivative", vectorised_without_representable_step),
                ("numerical_derivative", step_one_plus_abs_x),
                ("numerical_derivative", divides_by_the_representable_spacing)]
