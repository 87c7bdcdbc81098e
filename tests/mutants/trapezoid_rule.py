"""Wrong implementations of `trapezoid`."""
import numpy as np


def _check(n):
    if int(n) != n or n < 1:
        raise ValueError("n must be a positive integer")
    return int(n)


def endpoints_not_halved(f, a, b, n):
    n = _check(n)
    return float((b - a) / n * np.sum(f(np.linspace(a, b, n + 1))))


def left_riemann_sum(f, a, b, n):
    n = _check(n)
    return float((b - a) / n * np.sum(f(np.linspace(a, b, n + 1)[:-1])))


def right_riemann_sum(f, a, b, n):
    n = _check(n)
    return float((b - a) / n * np.sum(f(np.linspace(a, b, n + 1)[1:])))


def n_nodes_instead_of_n_plus_one(f, a, b, n):
    n = _check(n)
    if n < 2:
        raise ValueError("need two nodes")
    y = f(np.linspace(a, b, n))
    h = (b - a) / (n - 1)
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))


def no_validation(f, a, b, n):
    n = int(n)
    h = (b - a) / n if n else 0.0
    y = f(np.linspace(a, b, n + 1))
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))


def midpoint_rule(f, a, b, n):
    n = _check(n)
    h = (b - a) / n
    return float(h * np.sum(f(a + h * (np.arange(n) + 0.5))))


def assumes_a_below_b(f, a, b, n):
    n = _check(n)
    lo, hi = min(a, b), max(a, b)
    h = (hi - lo) / n
    y = f(np.linspace(lo, hi, n + 1))
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))


def _valid_n(n):
    if int(n) != n or n < 1:
        raise ValueError("n must be a positive integer")
    return int(n)


def numpy_trapezoid(f, a, b, n):
    n = _valid_n(n)
    grid = np.linspace(a, b, n + 1)
    return float(np.trapezoid(f(grid), grid))


def scipy_trapezoid(f, a, b, n):
    from scipy.integrate import trapezoid as integrate
    n = _valid_n(n)
    grid = np.linspace(a, b, n + 1)
    return float(integrate(f(grid), grid))


def arange_nodes(f, a, b, n):
    n = _valid_n(n)
    h = (b - a) / n
    y = f(np.arange(a, b + h, h))
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))


def absolute_width(f, a, b, n):
    n = _valid_n(n)
    lo, hi = min(a, b), max(a, b)
    y = f(np.linspace(lo, hi, n + 1))
    h = (hi - lo) / n
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))



def calls_f_node_by_node(f, a, b, n):
    if int(n) != n or n < 1:
        raise ValueError("n must be a positive integer")
    h = (b - a) / n
    total = 0.5 * (f(a) + f(b))
    for j in range(1, n):
        total += f(a + j * h)
    return float(h * total)


MUTANTS = [
    ("trapezoid", endpoints_not_halved, "must get weight h/2"),
    ("trapezoid", left_riemann_sum, "left Riemann sum"),
    ("trapezoid", right_riemann_sum, "right Riemann sum"),
    ("trapezoid", n_nodes_instead_of_n_plus_one, "n + 1 nodes"),
    ("trapezoid", no_validation, "should raise ValueError"),
    ("trapezoid", midpoint_rule, None),
    ("trapezoid", assumes_a_below_b, "the integral changes sign"),
    ("trapezoid", numpy_trapezoid, "asks you not to use"),
    ("trapezoid", scipy_trapezoid, "asks you not to use"),
    ("trapezoid", arange_nodes, "np.arange with a float step"),
    ("trapezoid", absolute_width, "the integral changes sign"),
    ("trapezoid", calls_f_node_by_node, "evaluate it once on the array"),
]
