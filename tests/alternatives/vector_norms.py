"""Valid alternatives to `norm` that must earn full marks."""
import math

import numpy as np


def with_loops(x, p=2):
    if p == 1:
        return sum(abs(v) for v in x)
    if p == 2:
        return math.sqrt(sum(v * v for v in x))
    if p == math.inf:
        return max(abs(v) for v in x)
    raise ValueError(f"p must be 1, 2 or inf, not {p!r}")


def table_of_norms(x, p=2):
    a = np.abs(np.asarray(x, dtype=float))
    formulas = {1: lambda: a.sum(), 2: lambda: np.sqrt((a ** 2).sum()), np.inf: lambda: a.max()}
    if not isinstance(p, (int, float)) or p not in formulas:
        raise ValueError(f"unsupported order {p!r}")
    return np.float64(formulas[p]())


def hypot_accumulated(x, p=2):
    a = [abs(float(v)) for v in x]
    if p == 1:
        return math.fsum(a)
    if p == 2:
        return math.hypot(*a)
    if p == np.inf:
        return max(a)
    raise ValueError(p)


def scaled_l2(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.sum(np.abs(x))
    if p == 2:
        m = np.max(np.abs(x)) if x.size else 0.0
        return 0.0 if m == 0 else m * np.sqrt(np.sum((x / m) ** 2))   # no overflow or underflow
    if np.isinf(p) and p > 0:
        return np.max(np.abs(x))
    raise ValueError(p)


ALTERNATIVES = [("norm", with_loops), ("norm", table_of_norms), ("norm", hypot_accumulated), ("norm", scaled_l2)]
