"""Wrong implementations of `error_order`."""
import numpy as np


def _validated(h, errors):
    h, errors = np.asarray(h, dtype=float), np.asarray(errors, dtype=float)
    if h.shape != errors.shape or len(h) < 2 or np.any(h <= 0) or np.any(errors <= 0):
        raise ValueError("bad input")
    if np.all(h == h[0]):
        raise ValueError("all steps equal")
    return h, errors


def _line(x, y):
    slope = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
    return slope, y.mean() - slope * x.mean()


def endpoints_only(h, errors):
    h, errors = _validated(h, errors)
    u, v = np.log(h), np.log(errors)
    p = (v[-1] - v[0]) / (u[-1] - u[0])
    return float(p), float(np.exp(v[0] - p * u[0]))


def axes_swapped(h, errors):
    h, errors = _validated(h, errors)
    p, c = _line(np.log(errors), np.log(h))
    return float(p), float(np.exp(c))


def returns_intercept(h, errors):
    h, errors = _validated(h, errors)
    p, c = _line(np.log(h), np.log(errors))
    return float(p), float(c)


def log10_then_exp(h, errors):
    h, errors = _validated(h, errors)
    p, c = _line(np.log10(h), np.log10(errors))
    return float(p), float(np.exp(c))


def fits_without_logs(h, errors):
    h, errors = _validated(h, errors)
    p, c = _line(h, errors)
    return float(p), float(c)


def no_validation(h, errors):
    u, v = np.log(np.asarray(h, dtype=float)), np.log(np.asarray(errors, dtype=float))
    p, c = _line(u, v)
    return float(p), float(np.exp(c))


def sorts_in_place(h, errors):
    if isinstance(h, np.ndarray):
        order = np.argsort(h)
        h[:] = h[order]
        errors[:] = errors[order]
    h, errors = _validated(h, errors)
    p, c = _line(np.log(h), np.log(errors))
    return float(p), float(np.exp(c))


MUTANTS = [
    ("error_order", endpoints_only, "only the first and last points"),
    ("error_order", axes_swapped, "axes swapped"),
    ("error_order", returns_intercept, "you returned the intercept"),
    ("error_order", log10_then_exp, "mixed logarithm bases"),
    ("error_order", fits_without_logs, "only after taking logarithms"),
    ("error_order", no_validation, None),
    ("error_order", sorts_in_place, "in place"),
]
