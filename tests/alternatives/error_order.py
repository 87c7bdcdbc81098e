"""Valid alternatives to `error_order` that must earn full marks."""
import math

import numpy as np


def base_ten_throughout(h, errors):
    h, errors = np.array(h, dtype=float), np.array(errors, dtype=float)
    if h.ndim != 1 or h.shape != errors.shape or h.size < 2:
        raise ValueError("h and errors must be 1-D of equal length >= 2")
    if (h <= 0).any() or (errors <= 0).any():
        raise ValueError("steps and errors must be positive")
    if len(set(h.tolist())) == 1:
        raise ValueError("all steps are equal")
    u, v = np.log10(h), np.log10(errors)
    p = ((u - u.mean()) * (v - v.mean())).sum() / ((u - u.mean()) ** 2).sum()
    return float(p), float(10 ** (v.mean() - p * u.mean()))


def plain_python_sums(h, errors):
    h, errors = list(h), list(errors)
    n = len(h)
    if n != len(errors) or n < 2:
        raise ValueError("h and errors must have equal length >= 2")
    if min(h) <= 0 or min(errors) <= 0:
        raise ValueError("steps and errors must be positive")
    if max(h) == min(h):
        raise ValueError("all steps are equal")
    u = [math.log(a) for a in h]
    v = [math.log(e) for e in errors]
    su, sv = sum(u), sum(v)
    suu = sum(a * a for a in u)
    suv = sum(a * b for a, b in zip(u, v))
    p = (n * suv - su * sv) / (n * suu - su * su)
    return p, math.exp((sv - p * su) / n)


ALTERNATIVES = [("error_order", base_ten_throughout), ("error_order", plain_python_sums)]
