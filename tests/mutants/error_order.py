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


def with_polyfit(h, errors):
    h, errors = _validated(h, errors)
    p, c = np.polyfit(np.log(h), np.log(errors), 1)
    return float(p), float(np.exp(c))


def with_polynomial_fit(h, errors):
    h, errors = _validated(h, errors)
    c, p = np.polynomial.polynomial.polyfit(np.log(h), np.log(errors), 1)
    return float(p), float(np.exp(c))


def with_lstsq(h, errors):
    h, errors = _validated(h, errors)
    u = np.log(h)
    A = np.column_stack([u, np.ones_like(u)])
    (p, c), *_ = np.linalg.lstsq(A, np.log(errors), rcond=None)
    return float(p), float(np.exp(c))


def with_cov(h, errors):
    h, errors = _validated(h, errors)
    u, v = np.log(h), np.log(errors)
    S = np.cov(u, v)
    p = S[0, 1] / S[0, 0]
    return float(p), float(np.exp(v.mean() - p * u.mean()))


def with_corrcoef(h, errors):
    h, errors = _validated(h, errors)
    u, v = np.log(h), np.log(errors)
    p = np.corrcoef(u, v)[0, 1] * v.std() / u.std()
    return float(p), float(np.exp(v.mean() - p * u.mean()))


def with_scipy(h, errors):
    from scipy import stats
    h, errors = _validated(h, errors)
    fit = stats.linregress(np.log(h), np.log(errors))
    return float(fit.slope), float(np.exp(fit.intercept))


def spread_tested_for_zero(h, errors):
    h, errors = np.asarray(h, dtype=float), np.asarray(errors, dtype=float)
    if h.shape != errors.shape or len(h) < 2 or np.any(h <= 0) or np.any(errors <= 0):
        raise ValueError("bad input")
    u, v = np.log(h), np.log(errors)
    du = u - u.mean()
    if np.sum(du * du) == 0:
        raise ValueError("all steps equal")
    p = np.sum(du * (v - v.mean())) / np.sum(du * du)
    return float(p), float(np.exp(v.mean() - p * u.mean()))


def zips_without_length_check(h, errors):
    pairs = list(zip(h, errors))
    if len(pairs) < 2 or any(a <= 0 or e <= 0 for a, e in pairs):
        raise ValueError("bad input")
    if len({a for a, _ in pairs}) == 1:
        raise ValueError("all steps equal")
    u = np.log([a for a, _ in pairs])
    v = np.log([e for _, e in pairs])
    p, c = _line(u, v)
    return float(p), float(np.exp(c))


def returns_an_array(h, errors):
    h, errors = _validated(h, errors)
    p, c = _line(np.log(h), np.log(errors))
    return np.array([p, np.exp(c)])


def returns_zero_d_arrays(h, errors):
    h, errors = _validated(h, errors)
    u, v = np.log(h), np.log(errors)
    du = u - u.mean()
    p = np.sum(du * (v - v.mean()), keepdims=True)[0:1].reshape(()) / np.sum(du * du)
    return np.asarray(p), np.asarray(np.exp(v.mean() - p * u.mean()))


def equal_ends_rejected(h, errors):
    """Tests h[0] == h[-1] for "all steps equal": rejects [0.1, 0.02, 0.005, 0.1]."""
    h, errors = np.asarray(h, dtype=float), np.asarray(errors, dtype=float)
    if h.shape != errors.shape or h.size < 2 or (h <= 0).any() or (errors <= 0).any() or h[0] == h[-1]:
        raise ValueError("invalid input")
    p, c = _line(np.log(h), np.log(errors))
    return float(p), float(np.exp(c))


MUTANTS = [
    ("error_order", endpoints_only, "only the first and last points"),
    ("error_order", axes_swapped, "axes swapped"),
    ("error_order", returns_intercept, "you returned the intercept"),
    ("error_order", log10_then_exp, "mixed logarithm bases"),
    ("error_order", fits_without_logs, "only after taking logarithms"),
    ("error_order", no_validation, "raise ValueError"),
    ("error_order", sorts_in_place, "in place"),
    ("error_order", with_polyfit, "asks you not to use"),
    ("error_order", with_polynomial_fit, "asks you not to use"),
    ("error_order", with_lstsq, "asks you not to use"),
    ("error_order", with_cov, "asks you not to use"),
    ("error_order", with_corrcoef, "asks you not to use"),
    ("error_order", with_scipy, "asks you not to use"),
    ("error_order", spread_tested_for_zero, "rounding makes"),
    ("error_order", zips_without_length_check, "(3 steps, 2 errors)"),
    ("error_order", returns_an_array, "should return 2 values (p, C)"),
    ("error_order", returns_zero_d_arrays, "not a float"),
    ("error_order", equal_ends_rejected, "raise only when ALL the steps are equal"),
]
