"""Wrong implementations of the product, quotient and chain rules."""
import numpy as np


def product_of_derivatives(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    return du(x) * dv(x)


def product_one_term(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    return du(x) * v(x)


def quotient_swapped_numerator(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    if np.any(v(x) == 0):
        raise ValueError("v(x) = 0")
    return (u(x) * dv(x) - du(x) * v(x)) / v(x) ** 2


def quotient_over_v(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    if np.any(v(x) == 0):
        raise ValueError("v(x) = 0")
    return (du(x) * v(x) - u(x) * dv(x)) / v(x)


def quotient_no_zero_check(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        return (du(x) * v(x) - u(x) * dv(x)) / v(x) ** 2


def quotient_checks_scalar_only(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    if np.ndim(x) == 0 and v(x) == 0:
        raise ValueError("v(x) = 0")
    with np.errstate(all="ignore"):
        return (du(x) * v(x) - u(x) * dv(x)) / v(x) ** 2


def chain_outer_at_x(outer, d_outer, inner, d_inner, x):
    x = np.asarray(x, dtype=float)
    return d_outer(x) * d_inner(x)


def chain_missing_inner(outer, d_outer, inner, d_inner, x):
    x = np.asarray(x, dtype=float)
    return d_outer(inner(x))


def chain_outer_of_inner_prime(outer, d_outer, inner, d_inner, x):
    x = np.asarray(x, dtype=float)
    return d_outer(d_inner(x)) * d_inner(x)


def product_by_difference_quotient(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    h = 1e-5 * np.maximum(1.0, np.abs(x))
    return ((u(x + h) * v(x + h) - u(x - h) * v(x - h)) / (2 * h))[()]


def quotient_if_on_array(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    if v(x) == 0:
        raise ValueError("v(x) = 0")
    return (du(x) * v(x) - u(x) * dv(x)) / v(x) ** 2


def quotient_threshold(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    if np.any(np.abs(v(x)) < 1e-12):
        raise ValueError("v(x) is (nearly) zero")
    return (du(x) * v(x) - u(x) * dv(x)) / v(x) ** 2


def quotient_nan_where_zero(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    vx = v(x)
    safe = np.where(vx == 0, np.nan, vx)
    return ((du(x) * vx - u(x) * dv(x)) / safe ** 2)[()]


def chain_outer_value(outer, d_outer, inner, d_inner, x):
    x = np.asarray(x, dtype=float)
    return outer(inner(x)) * d_inner(x)


def chain_times_inner_value(outer, d_outer, inner, d_inner, x):
    x = np.asarray(x, dtype=float)
    return d_outer(inner(x)) * inner(x)


def chain_by_difference_quotient(outer, d_outer, inner, d_inner, x):
    x = np.asarray(x, dtype=float)
    h = 1e-6
    return ((outer(inner(x + h)) - outer(inner(x - h))) / (2 * h))[()]


MUTANTS = [
    ("product_rule", product_of_derivatives, "not the product of the derivatives"),
    ("product_rule", product_one_term, "the product rule has two terms"),
    ("product_rule", product_by_difference_quotient, "did you use a difference quotient"),
    ("quotient_rule", quotient_swapped_numerator, "you have its negative"),
    ("quotient_rule", quotient_over_v, "divides by v², not by v"),
    ("quotient_rule", quotient_no_zero_check, "at ANY entry of x"),
    ("quotient_rule", quotient_checks_scalar_only, "at ANY entry of x"),
    ("quotient_rule", quotient_if_on_array, "test np.any(v(x) == 0)"),
    ("quotient_rule", quotient_threshold, "a tiny non-zero v(x)"),
    ("quotient_rule", quotient_nan_where_zero, "at ANY entry of x"),
    ("chain_rule", chain_outer_at_x, "evaluate the outer derivative at the inner value"),
    ("chain_rule", chain_missing_inner, "you left out the inner derivative"),
    ("chain_rule", chain_outer_of_inner_prime, "not at d_inner(x)"),
    ("chain_rule", chain_outer_value, "the outer function's value"),
    ("chain_rule", chain_times_inner_value, "multiplies by the inner DERIVATIVE"),
    ("chain_rule", chain_by_difference_quotient, "did you use a difference quotient"),
]
