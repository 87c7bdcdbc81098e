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


MUTANTS = [
    ("trapezoid", endpoints_not_halved, "must get weight h/2"),
    ("trapezoid", left_riemann_sum, "left Riemann sum"),
    ("trapezoid", right_riemann_sum, "right Riemann sum"),
    ("trapezoid", n_nodes_instead_of_n_plus_one, "n + 1 nodes"),
    ("trapezoid", no_validation, "should raise ValueError"),
    ("trapezoid", midpoint_rule, None),
    ("trapezoid", assumes_a_below_b, None),
]
