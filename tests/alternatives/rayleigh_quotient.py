"""Valid alternatives to `rayleigh_quotient` that must earn full marks."""
import numpy as np


def normalise_first(A, x):
    A = np.asarray(A, dtype=float)
    x = np.array(x, dtype=float)
    length = np.linalg.norm(x)
    if length == 0:
        raise ValueError("x must be non-zero")
    u = x / length
    return u @ A @ u          # an np.float64


def with_loops(A, x):
    A = np.asarray(A, dtype=float)
    x = [float(v) for v in x]
    n = len(x)
    denominator = sum(v * v for v in x)
    if denominator == 0:
        raise ValueError("x must be non-zero")
    numerator = sum(x[i] * A[i, j] * x[j] for i in range(n) for j in range(n))
    return numerator / denominator


ALTERNATIVES = [("rayleigh_quotient", normalise_first), ("rayleigh_quotient", with_loops)]
