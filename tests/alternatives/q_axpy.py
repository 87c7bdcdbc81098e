"""Valid answers to q_axpy in other forms, each worth full marks."""
import numpy as np


def with_loop(a, x, y):
    out = np.array(y, dtype=float)
    flat = out.reshape(-1)
    for i, xi in enumerate(np.asarray(x, dtype=float).reshape(-1)):
        flat[i] += a * xi
    return out


def y_first(a, x, y):
    return y + x * a


ALTERNATIVES = [
    ("axpy", with_loop),
    ("axpy", y_first),
]
