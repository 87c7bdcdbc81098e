"""Wrong implementations of `simpson`."""
import numpy as np


def _grid(f, a, b, n):
    if int(n) != n or n < 2 or int(n) % 2:
        raise ValueError("n must be a positive even integer")
    n = int(n)
    return (b - a) / n, np.asarray(f(np.linspace(a, b, n + 1)), dtype=float)


def weights_swapped(f, a, b, n):
    h, y = _grid(f, a, b, n)
    return float(h / 3 * (y[0] + 2 * y[1:-1:2].sum() + 4 * y[2:-1:2].sum() + y[-1]))


def missing_third(f, a, b, n):
    h, y = _grid(f, a, b, n)
    return float(h * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))


def shared_nodes_counted_once(f, a, b, n):
    h, y = _grid(f, a, b, n)
    return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + y[2:-1:2].sum() + y[-1]))


def h_over_six(f, a, b, n):
    h, y = _grid(f, a, b, n)
    return float(h / 6 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))


def trapezoid_instead(f, a, b, n):
    h, y = _grid(f, a, b, n)
    return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2))


def accepts_odd_n(f, a, b, n):
    if int(n) != n or n < 1:
        raise ValueError("n must be a positive integer")
    n = int(n)
    h = (b - a) / n
    y = np.asarray(f(np.linspace(a, b, n + 1)), dtype=float)
    return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))


def all_weights_four_inside(f, a, b, n):
    h, y = _grid(f, a, b, n)
    return float(h / 3 * (y[0] + 4 * y[1:-1].sum() + y[-1]))


def scipy_simpson(f, a, b, n):
    from scipy.integrate import simpson as integrate
    if int(n) != n or n < 2 or int(n) % 2:
        raise ValueError("n must be a positive even integer")
    grid = np.linspace(a, b, int(n) + 1)
    return float(integrate(f(grid), x=grid))


def richardson_with_numpy_trapezoid(f, a, b, n):
    if int(n) != n or n < 2 or int(n) % 2:
        raise ValueError("n must be a positive even integer")
    fine, coarse = np.linspace(a, b, int(n) + 1), np.linspace(a, b, int(n) // 2 + 1)
    return float((4 * np.trapezoid(f(fine), fine) - np.trapezoid(f(coarse), coarse)) / 3)


def arange_nodes(f, a, b, n):
    if int(n) != n or n < 2 or int(n) % 2:
        raise ValueError("n must be a positive even integer")
    h = (b - a) / n
    y = f(np.arange(a, b + h, h))
    return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))


def absolute_width(f, a, b, n):
    lo, hi = min(a, b), max(a, b)
    h, y = _grid(f, lo, hi, n)
    return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))


MUTANTS = [
    ("simpson", weights_swapped, "are swapped"),
    ("simpson", missing_third, "multiplied by h/3, not by h"),
    ("simpson", shared_nodes_counted_once, "belong to TWO parabolas"),
    ("simpson", h_over_six, "half the right value"),
    ("simpson", trapezoid_instead, "the trapezoid rule's value"),
    ("simpson", accepts_odd_n, "should raise ValueError"),
    ("simpson", all_weights_four_inside, None),
    ("simpson", scipy_simpson, "asks you not to use"),
    ("simpson", richardson_with_numpy_trapezoid, "asks you not to use"),
    ("simpson", arange_nodes, "np.arange with a float step"),
    ("simpson", absolute_width, "the integral changes sign"),
]
