"""Wrong implementations of `gradient_check` (they use a correct central-difference gradient)."""
import numpy as np


def _gradients(f, grad_f, x, h):
    x = np.array(x, dtype=float)
    numeric = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        numeric[i] = (f(x + e) - f(x - e)) / (2 * h)
    analytic = np.asarray(grad_f(x), dtype=float)
    if analytic.shape != numeric.shape:
        raise ValueError("shape mismatch")
    return numeric, analytic


def absolute_error(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    return float(np.linalg.norm(numeric - analytic))


def divides_by_analytic_norm(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    return float(np.linalg.norm(numeric - analytic) / max(np.linalg.norm(analytic), 1e-12))


def compares_directions(f, grad_f, x, h=1e-5):
    """1 − cos(angle): blind to a gradient that is off by a constant factor."""
    numeric, analytic = _gradients(f, grad_f, x, h)
    scale = max(np.linalg.norm(numeric) * np.linalg.norm(analytic), 1e-300)
    return float(max(0.0, 1.0 - numeric @ analytic / scale))


def no_floor(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    with np.errstate(all="ignore"):
        return float(np.float64(np.linalg.norm(numeric - analytic))
                     / (np.linalg.norm(numeric) + np.linalg.norm(analytic)))


def squared_lengths(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    diff = numeric - analytic
    return float(diff @ diff / max(numeric @ numeric + analytic @ analytic, 1e-12))


def ignores_h(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, 1e-5)
    return float(np.linalg.norm(numeric - analytic)
                 / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12))


def one_sided_numerical_gradient(f, grad_f, x, h=1e-5):
    x = np.array(x, dtype=float)
    numeric = np.array([(f(x + h * e) - f(x)) / h for e in np.eye(x.size)])
    analytic = np.asarray(grad_f(x), dtype=float)
    if analytic.shape != numeric.shape:
        raise ValueError("shape mismatch")
    return float(np.linalg.norm(numeric - analytic)
                 / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12))


def returns_difference_vector(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    return np.abs(numeric - analytic) / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12)


def with_scipy_check_grad(f, grad_f, x, h=1e-5):
    from scipy.optimize import check_grad
    numeric, analytic = _gradients(f, grad_f, x, h)
    return float(check_grad(f, grad_f, np.array(x, dtype=float), epsilon=h)
                 / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12))


def with_np_gradient(f, grad_f, x, h=1e-5):
    x = np.array(x, dtype=float)
    numeric = np.array([np.gradient([f(x - e), f(x), f(x + e)], h)[1] for e in h * np.eye(x.size)])
    analytic = np.asarray(grad_f(x), dtype=float)
    if analytic.shape != numeric.shape:
        raise ValueError("shape mismatch")
    return float(np.linalg.norm(numeric - analytic)
                 / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12))


def floor_added(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    return float(np.linalg.norm(numeric - analytic)
                 / (np.linalg.norm(numeric) + np.linalg.norm(analytic) + 1e-12))


def zero_below_threshold(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    total = np.linalg.norm(numeric) + np.linalg.norm(analytic)
    if total < 1e-10:
        return 0.0
    return float(np.linalg.norm(numeric - analytic) / total)


def no_shape_check(f, grad_f, x, h=1e-5):
    x = np.array(x, dtype=float)
    numeric = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        numeric[i] = (f(x + e) - f(x - e)) / (2 * h)
    analytic = np.asarray(grad_f(x), dtype=float)
    return float(np.linalg.norm(numeric - analytic)
                 / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12))


def returns_zero_d_array(f, grad_f, x, h=1e-5):
    numeric, analytic = _gradients(f, grad_f, x, h)
    return np.array(np.linalg.norm(numeric - analytic)
                    / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12))


def checks_lengths_only(f, grad_f, x, h=1e-5):
    """len(g) == len(x) lets a (n, 1) column through, which broadcasts to an (n, n) difference."""
    x = np.array(x, dtype=float)
    numeric = np.zeros(x.size)
    for i in range(x.size):
        e = np.zeros(x.size)
        e[i] = h
        numeric[i] = (f(x + e) - f(x - e)) / (2 * h)
    analytic = np.asarray(grad_f(x), dtype=float)
    if len(analytic) != len(x):
        raise ValueError("wrong length")
    return float(np.linalg.norm(numeric - analytic)
                 / max(np.linalg.norm(numeric) + np.linalg.norm(analytic), 1e-12))


MUTANTS = [
    ("gradient_check", absolute_error, "absolute error"),
    ("gradient_check", divides_by_analytic_norm, "sum of both lengths"),
    ("gradient_check", compares_directions, "cannot see a constant factor"),
    ("gradient_check", no_floor, "0 / 0 is NaN"),
    ("gradient_check", squared_lengths, "not squared lengths"),
    ("gradient_check", ignores_h, "instead of the h passed in"),
    ("gradient_check", one_sided_numerical_gradient, "passes its own check"),
    ("gradient_check", returns_difference_vector, "single float"),
    ("gradient_check", with_scipy_check_grad, "asks you not to use"),
    ("gradient_check", with_np_gradient, "asks you not to use"),
    ("gradient_check", floor_added, "the floor applies to the denominator as a whole"),
    ("gradient_check", zero_below_threshold, "the floor applies to the denominator as a whole"),
    ("gradient_check", no_shape_check, "compare np.shape(grad_f(x))"),
    ("gradient_check", returns_zero_d_array, "single float"),
    ("gradient_check", checks_lengths_only, "does not have the shape of x"),
]
