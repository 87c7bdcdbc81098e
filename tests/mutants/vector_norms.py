"""Wrong implementations of `norm`."""
import numpy as np


def squared_l2(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == 2:
        return (x * x).sum()
    if p == np.inf:
        return np.abs(x).max()
    raise ValueError(p)


def signed_max(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == 2:
        return np.sqrt((x * x).sum())
    if p == np.inf:
        return x.max()
    raise ValueError(p)


def l1_without_abs(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return x.sum()
    if p == 2:
        return np.sqrt((x * x).sum())
    if p == np.inf:
        return np.abs(x).max()
    raise ValueError(p)


def silently_defaults(x, p=2):
    x = np.asarray(x, dtype=float)
    if p == 1:
        return np.abs(x).sum()
    if p == np.inf:
        return np.abs(x).max()
    return np.sqrt((x * x).sum())


MUTANTS = [
    ("norm", squared_l2, "square root"),
    ("norm", signed_max, "largest absolute value"),
    ("norm", l1_without_abs, "absolute values"),
    ("norm", silently_defaults, None),
]
