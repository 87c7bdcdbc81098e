def product_rule(u, du, v, dv, x):
    """Return the derivative of u(x) * v(x), given u, v and their derivatives du, dv."""
    x = np.asarray(x, dtype=float)
    return (du(x) * v(x) + u(x) * dv(x))[()]


def quotient_rule(u, du, v, dv, x):
    """Return the derivative of u(x) / v(x); ValueError where v(x) is zero."""
    x = np.asarray(x, dtype=float)
    vx = np.asarray(v(x), dtype=float)
    if np.any(vx == 0):
        raise ValueError("the quotient is undefined where v(x) = 0")
    return ((du(x) * vx - u(x) * dv(x)) / vx**2)[()]


def chain_rule(outer, d_outer, inner, d_inner, x):
    """Return the derivative of outer(inner(x)), given both functions and their derivatives."""
    x = np.asarray(x, dtype=float)
    return (d_outer(inner(x)) * d_inner(x))[()]
