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


def with_np_gradient(F, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    x = np.array(x, dtype=float)
    cols = []
    for j in range(x.size):
        e = np.zeros(x.size)
        e[j] = h
        values = np.stack([np.asarray(F(x - e), float), np.asarray(F(x), float),
                           np.asarray(F(x + e), float)])
        cols.append(np.gradient(values, h, axis=0)[1])
    return np.column_stack(cols)


def with_scipy(F, x, h=1e-5):
    from scipy.optimize import approx_fprime
    if not h > 0:
        raise ValueError("h must be positive")
    return np.atleast_2d(approx_fprime(np.array(x, dtype=float), F, h))


def squeezed(F, x, h=1e-5):
    return np.squeeze(np.column_stack(_columns(F, x, h)))


def fixed_step(F, x, h=1e-5):
    if not h > 0:
        raise ValueError("h must be positive")
    return np.column_stack(_columns(F, x, 1e-5))


def no_step_check(F, x, h=1e-5):
    x = np.array(x, dtype=float)
    cols = []
    with np.errstate(all="ignore"):
        for j in range(x.size):
            e = np.zeros(x.size)
            e[j] = h
            cols.append((np.asarray(F(x + e), float) - np.asarray(F(x - e), float)) / (2 * h))
    return np.column_stack(cols)


def list_of_rows(F, x, h=1e-5):
    return np.column_stack(_columns(F, x, h)).tolist()


def square_preallocated(F, x, h=1e-5):
    cols = _columns(F, x, h)
    J = np.zeros((len(cols), len(cols)))
    for j, col in enumerate(cols):
        J[:, j] = col
    return J


MUTANTS = [
    ("numerical_jacobian", rows_not_columns, "you returned the transpose"),
    ("numerical_jacobian", forward_difference, "one-sided difference"),
    ("numerical_jacobian", divides_by_h, "so divide by 2h"),
    ("numerical_jacobian", nudges_x_in_place, "in place"),
    ("numerical_jacobian", integer_work_array, "integer array"),
    ("numerical_jacobian", with_np_gradient, "asks you not to use"),
    ("numerical_jacobian", with_scipy, "asks you not to use"),
    ("numerical_jacobian", squeezed, "do not squeeze"),
    ("numerical_jacobian", fixed_step, "instead of the h passed in"),
    ("numerical_jacobian", no_step_check, "should raise ValueError"),
    ("numerical_jacobian", list_of_rows, "the task asks for a NumPy array"),
    ("numerical_jacobian", square_preallocated, None),
]
