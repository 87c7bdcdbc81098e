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


MUTANTS = [
    ("product_rule", product_of_derivatives, "not the product of the derivatives"),
    ("product_rule", product_one_term, "the product rule has two terms"),
    ("quotient_rule", quotient_swapped_numerator, "you have its negative"),
    ("quotient_rule", quotient_over_v, "divides by v², not by v"),
    ("quotient_rule", quotient_no_zero_check, None),
    ("quotient_rule", quotient_checks_scalar_only, None),
    ("chain_rule", chain_outer_at_x, "evaluate the outer derivative at the inner value"),
    ("chain_rule", chain_missing_inner, "you left out the inner derivative"),
    ("chain_rule", chain_outer_of_inner_prime, "not at d_inner(x)"),
]
