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


MUTANTS = [
    ("simpson", weights_swapped, "are swapped"),
    ("simpson", missing_third, "multiplied by h/3, not by h"),
    ("simpson", shared_nodes_counted_once, "belong to TWO parabolas"),
    ("simpson", h_over_six, "half the right value"),
    ("simpson", trapezoid_instead, "the trapezoid rule's value"),
    ("simpson", accepts_odd_n, "should raise ValueError"),
    ("simpson", all_weights_four_inside, None),
]
