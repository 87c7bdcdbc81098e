"""Valid alternatives to the product, quotient and chain rules that must earn full marks."""
import numpy as np


def product_as_sum_of_terms(u, du, v, dv, x):
    first = du(x) * v(x)
    second = u(x) * dv(x)
    return first + second


def quotient_via_reciprocal(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    vx = v(x)
    if (np.asarray(vx) == 0).any():
        raise ValueError("v(x) is zero")
    # (u/v)' = u'/v - u v'/v²
    return (du(x) / vx - u(x) * dv(x) / (vx * vx))[()]


def chain_with_named_inner(outer, d_outer, inner, d_inner, x):
    z = inner(np.asarray(x, dtype=float))
    slope_outer = d_outer(z)
    return d_inner(np.asarray(x, dtype=float)) * slope_outer


ALTERNATIVES = [("product_rule", product_as_sum_of_terms),
                ("quotient_rule", quotient_via_reciprocal),
                ("chain_rule", chain_with_named_inner)]
