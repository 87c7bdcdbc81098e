"""Wrong implementations of `numerical_jacobian`."""
import numpy as np


def _columns(F, x, h, one_sided=False):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    cols = []
    for j in range(x.size):
        e = np.zeros(x.size)
        e[j] = h
        if one_sided:
            cols.append((np.asarray(F(x + e), float) - np.asarray(F(x), float)) / h)
        else:
            cols.append((np.asarray(F(x + e), float) - np.asarray(F(x - e), float)) / (2 * h))
    return cols


def rows_not_columns(F, x, h=1e-5):
    return np.array(_columns(F, x, h))          # shape (n, m): the transpose


def forward_difference(F, x, h=1e-5):
    return np.column_stack(_columns(F, x, h, one_sided=True))


def divides_by_h(F, x, h=1e-5):
    return 2 * np.column_stack(_columns(F, x, h))


def nudges_x_in_place(F, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.asarray(x, dtype=float)
    cols = []
    for j in range(x.size):
        x[j] += h
        plus = np.asarray(F(x), float)
        x[j] -= 2 * h
        minus = np.asarray(F(x), float)
        cols.append((plus - minus) / (2 * h))
    return np.column_stack(cols)


def integer_work_array(F, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.array(x)
    cols = []
    for j in range(x.size):
        plus, minus = x.copy(), x.copy()
        plus[j] += h
        minus[j] -= h
        cols.append((np.asarray(F(plus), float) - np.asarray(F(minus), float)) / (2 * h))
    return np.column_stack(cols)


MUTANTS = [
    ("numerical_jacobian", rows_not_columns, "you returned the transpose"),
    ("numerical_jacobian", forward_difference, "one-sided difference"),
    ("numerical_jacobian", divides_by_h, "so divide by 2h"),
    ("numerical_jacobian", nudges_x_in_place, "in place"),
    ("numerical_jacobian", integer_work_array, "integer array"),
]
