"""Valid alternatives to `simpson` that must earn full marks."""
import numpy as np


def _trapezoid(f, a, b, n):
    y = np.asarray(f(np.linspace(a, b, n + 1)), dtype=float)
    return (b - a) / n * (y.sum() - (y[0] + y[-1]) / 2)


def richardson_from_own_trapezoid(f, a, b, n):
    """S_n = (4 T_n − T_{n/2}) / 3, from a trapezoid rule written by hand (as the text allows)."""
    if n != int(n) or n < 2 or int(n) % 2 != 0:
        raise ValueError("n must be a positive even integer")
    n = int(n)
    return (4.0 * _trapezoid(f, a, b, n) - _trapezoid(f, a, b, n // 2)) / 3.0


def weight_vector_and_pairs(f, a, b, n):
    """Weights 1, 4, 2, …, 4, 1 built with np.tile; the integral as a dot product."""
    if not float(n).is_integer() or n <= 0 or int(n) % 2 == 1:
        raise ValueError(f"n = {n} is not a positive even integer")
    n = int(n)
    weights = np.ones(n + 1)
    weights[1:-1] = np.tile([4.0, 2.0], n // 2)[:n - 1]
    h = (b - a) / n
    return float(h / 3 * (weights @ f(np.linspace(a, b, n + 1))))


ALTERNATIVES = [("simpson", richardson_from_own_trapezoid), ("simpson", weight_vector_and_pairs)]
