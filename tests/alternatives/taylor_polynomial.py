"""Valid alternatives to `taylor_polynomial` that must earn full marks."""
from math import factorial

import numpy as np


def with_math_factorial(derivatives, a, x):
    d = [float(v) for v in derivatives]
    if not d:
        raise ValueError("derivatives must not be empty")
    step = np.asarray(x, dtype=float) - a
    total = np.zeros_like(step)
    for k, dk in enumerate(d):
        total = total + dk / factorial(k) * step**k
    return total[()]


def horner(derivatives, a, x):
    d = np.asarray(derivatives, dtype=float)
    if d.size == 0:
        raise ValueError("derivatives must not be empty")
    step = np.asarray(x, dtype=float) - a
    coefficients = [d[k] / factorial(k) for k in range(d.size)]
    total = np.full_like(step, coefficients[-1])
    for c in reversed(coefficients[:-1]):
        total = total * step + c
    return total if total.ndim else float(total)


ALTERNATIVES = [("taylor_polynomial", with_math_factorial), ("taylor_polynomial", horner)]
