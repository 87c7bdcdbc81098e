"""Valid alternatives to `dot` that must earn full marks."""
import math

import numpy as np


def with_zip(u, v):
    if len(u) != len(v):
        raise ValueError("the vectors have different lengths")
    return sum((a * b for a, b in zip(u, v)), 0.0)


def indexed_numpy_float(u, v):
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    if u.shape != v.shape:
        raise ValueError("shapes differ")
    total = np.float64(0)
    for i in range(u.size):
        total = total + u[i] * v[i]
    return total


def exactly_rounded(u, v):
    if len(u) != len(v):
        raise ValueError("the vectors have different lengths")
    return math.fsum(float(a) * float(b) for a, b in zip(u, v))


ALTERNATIVES = [("dot", with_zip), ("dot", indexed_numpy_float), ("dot", exactly_rounded)]
