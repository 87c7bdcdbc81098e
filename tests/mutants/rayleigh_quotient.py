"""Wrong implementations of `rayleigh_quotient`."""
import numpy as np


def not_divided(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if not x.any():
        raise ValueError("zero vector")
    return float(x @ A @ x)


def divided_by_norm(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if not x.any():
        raise ValueError("zero vector")
    return float(x @ A @ x / np.linalg.norm(x))


def no_zero_check(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    with np.errstate(all="ignore"):
        return float(x @ A @ x / (x @ x))


def elementwise_product(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if not x.any():
        raise ValueError("zero vector")
    return float(np.sum(A * x * x) / (x @ x))


def normalises_in_place(A, x):
    A = np.asarray(A, float)
    if not np.any(x):
        raise ValueError("zero vector")
    x /= np.linalg.norm(x)
    return float(x @ A @ x)


MUTANTS = [
    ("rayleigh_quotient", not_divided, "without dividing by xᵀx"),
    ("rayleigh_quotient", divided_by_norm, "divide by its square"),
    ("rayleigh_quotient", no_zero_check, None),
    ("rayleigh_quotient", elementwise_product, None),
    ("rayleigh_quotient", normalises_in_place, "in place"),
]
