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
    ("rayleigh_quotient", no_zero_check, "ValueError"),
    ("rayleigh_quotient", elementwise_product, "multiplies entrywise"),
    ("rayleigh_quotient", normalises_in_place, "in place"),
]


def absolute_threshold(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if np.linalg.norm(x) < 1e-10:
        raise ValueError("x is (numerically) zero")
    return float(x @ A @ x / (x @ x))


def zero_sum_check(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if x.sum() == 0:
        raise ValueError("zero vector")
    return float(x @ A @ x / (x @ x))


def column_vector(A, x):
    A = np.asarray(A, float)
    x = np.asarray(x, float).reshape(-1, 1)
    if not x.any():
        raise ValueError("zero vector")
    return x.T @ A @ x / (x.T @ x)          # a (1, 1) array


MUTANTS += [
    ("rayleigh_quotient", absolute_threshold, "no threshold"),
    ("rayleigh_quotient", zero_sum_check, "not when its entries sum to 0"),
    ("rayleigh_quotient", column_vector, "single number"),
]
