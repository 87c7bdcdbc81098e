"""Valid alternatives to `trapezoid` that must earn full marks."""
import numpy as np


def weights_vector(f, a, b, n):
    """An explicit weight vector h·(1/2, 1, …, 1, 1/2) and a dot product; np.float64 result."""
    if isinstance(n, bool) or n != int(n) or n <= 0:
        raise ValueError("n must be a positive integer")
    n = int(n)
    h = (b - a) / n
    weights = np.full(n + 1, h)
    weights[[0, -1]] = h / 2
    return weights @ np.asarray(f(a + h * np.arange(n + 1)), dtype=float)


def sum_of_trapezoids(f, a, b, n):
    """The average of neighbouring values, summed: Σ h·(yⱼ + yⱼ₊₁)/2."""
    if not float(n).is_integer() or n < 1:
        raise ValueError(f"invalid n = {n}")
    nodes = np.linspace(a, b, int(n) + 1)
    y = np.asarray(f(nodes), dtype=float)
    return float(np.sum((y[:-1] + y[1:]) / 2 * np.diff(nodes)))


ALTERNATIVES = [("trapezoid", weights_vector), ("trapezoid", sum_of_trapezoids)]
