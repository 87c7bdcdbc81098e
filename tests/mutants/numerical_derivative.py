"""Wrong implementations of `numerical_derivative`: steps too small, too large, unscaled, one-sided."""
import numpy as np


def _central(f, x, h):
    x = np.asarray(x, dtype=float)
    return ((f(x + h) - f(x - h)) / (2 * h))[()]


def tiny_step(f, x):
    return _central(f, x, 1e-15)


def large_step(f, x):
    return _central(f, x, 1e-2)


def unscaled_step(f, x):
    return _central(f, x, 6e-6)


def step_proportional_to_x(f, x):
    x = np.asarray(x, dtype=float)
    return _central(f, x, 6e-6 * np.abs(x))


def forward_sqrt_eps(f, x):
    x = np.asarray(x, dtype=float)
    h = np.sqrt(np.finfo(float).eps) * np.maximum(1.0, np.abs(x))
    return ((f(x + h) - f(x)) / h)[()]


def single_step_for_all_entries(f, x):
    x = np.asarray(x, dtype=float)
    return _central(f, x, 6e-6 * max(1.0, float(np.max(np.abs(x)))))


def shifts_x_in_place(f, x):
    if not isinstance(x, np.ndarray) or x.dtype.kind != "f":
        x = np.asarray(x, dtype=float)
        h = 6e-6 * np.maximum(1.0, np.abs(x))
        return ((f(x + h) - f(x - h)) / (2 * h))[()]
    h = 6e-6 * np.maximum(1.0, np.abs(x))
    x += h
    right = f(x)
    x -= 2 * h
    return (right - f(x)) / (2 * h)


def with_np_gradient(f, x):
    x = np.asarray(x, dtype=float)
    h = np.finfo(float).eps ** (1 / 3) * np.maximum(1.0, np.abs(x))
    values = np.stack([f(x - h), f(x), f(x + h)])
    return (np.gradient(values, axis=0)[1] / h)[()]


def with_scipy(f, x):
    from scipy.differentiate import derivative
    return derivative(f, np.asarray(x, dtype=float)).df[()]


def python_max(f, x):
    x = np.asarray(x, dtype=float)
    h = np.finfo(float).eps ** (1 / 3) * max(1.0, abs(x))
    return ((f(x + h) - f(x - h)) / (2 * h))[()]


def list_for_arrays(f, x):
    if np.ndim(x) == 0:
        h = 6e-6 * max(1.0, abs(float(x)))
        return (f(x + h) - f(x - h)) / (2 * h)
    out = []
    for xi in np.asarray(x, dtype=float).ravel():
        h = 6e-6 * max(1.0, abs(xi))
        out.append((f(xi + h) - f(xi - h)) / (2 * h))
    return out if np.ndim(x) == 1 else np.reshape(out, np.shape(x))


def sqrt_eps_central(f, x):
    # the forward difference's best step, used for the central difference
    x = np.asarray(x, dtype=float)
    h = np.sqrt(np.finfo(float).eps) * np.maximum(1.0, np.abs(x))
    return ((f(x + h) - f(x - h)) / (2 * h))[()]


MUTANTS = [
    ("numerical_derivative", tiny_step, "round-off dominates"),
    ("numerical_derivative", large_step, "truncation dominates"),
    ("numerical_derivative", unscaled_step, "does not grow with |x|"),
    ("numerical_derivative", step_proportional_to_x, "max(1, |x|) instead of |x|"),
    ("numerical_derivative", forward_sqrt_eps, "one-sided"),
    ("numerical_derivative", single_step_for_all_entries, "entry by entry"),
    ("numerical_derivative", shifts_x_in_place, "in place"),
    ("numerical_derivative", with_np_gradient, "asks you not to use"),
    ("numerical_derivative", with_scipy, "asks you not to use"),
    ("numerical_derivative", python_max, "np.maximum(1.0, np.abs(x))"),
    ("numerical_derivative", list_for_arrays, "the task asks for a NumPy array"),
    ("numerical_derivative", sqrt_eps_central, "forward difference's balance point"),
]
