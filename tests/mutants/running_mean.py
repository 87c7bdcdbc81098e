"""Wrong implementations of `running_mean` and `settling_index`."""
import numpy as np


def cumsum_only(x):
    return np.cumsum(np.asarray(x, dtype=float))


def divided_by_n(x):
    x = np.asarray(x, dtype=float)
    return np.cumsum(x) / x.size


def zero_based_divisor(x):
    x = np.asarray(x, dtype=float)
    with np.errstate(divide="ignore"):
        return np.cumsum(x) / np.arange(x.size)


def integer_buffer(x):
    """Preallocates with zeros_like(x): an integer x gives an integer buffer, truncating the means."""
    x = np.asarray(x)
    out = np.zeros_like(x)
    total = 0
    for i, value in enumerate(x):
        total += value
        out[i] = total / (i + 1)
    return out


def cumsum_in_place(x):
    x = np.asarray(x, dtype=float)
    np.cumsum(x, out=x)
    return x / np.arange(1, x.size + 1)


def settle_first_inside(means, target, eps):
    means = np.asarray(means, dtype=float)
    inside = np.flatnonzero(np.abs(means - target) <= eps)
    return int(inside[0]) if inside.size else len(means)


def settle_last_outside(means, target, eps):
    means = np.asarray(means, dtype=float)
    outside = np.flatnonzero(np.abs(means - target) > eps)
    return int(outside[-1]) if outside.size else 0


def settle_strict(means, target, eps):
    means = np.asarray(means, dtype=float)
    outside = np.flatnonzero(np.abs(means - target) >= eps)
    return int(outside[-1] + 1) if outside.size else 0


def settle_sorts_in_place(means, target, eps):
    """Measures the distances in place in the caller's array."""
    means = np.asarray(means, dtype=float)
    means -= target
    np.abs(means, out=means)
    outside = np.flatnonzero(means > eps)
    return int(outside[-1] + 1) if outside.size else 0


def list_of_means(x):
    """A loop that appends each mean to a Python list and returns the list."""
    out, total = [], 0.0
    for i, value in enumerate(x):
        total += value
        out.append(total / (i + 1))
    return out


def floor_divided(x):
    """// instead of /: whole numbers only (and integer dtype for integer input)."""
    x = np.asarray(x)
    return np.cumsum(x) // np.arange(1, x.size + 1)


def settle_float_index(means, target, eps):
    """Right index, returned as a float (np.max of float positions)."""
    means = np.asarray(means, dtype=float)
    outside = np.abs(means - target) > eps
    positions = np.arange(means.size, dtype=float)
    return float(np.max(positions[outside]) + 1) if outside.any() else 0.0


def settle_count_inside(means, target, eps):
    """Counts the entries outside the band instead of finding the last one."""
    means = np.asarray(means, dtype=float)
    return int(np.sum(np.abs(means - target) > eps))


MUTANTS = [
    ("running_mean", cumsum_only, "running SUMS"),
    ("running_mean", divided_by_n, "full length n"),
    ("running_mean", zero_based_divisor, "0-based index"),
    ("running_mean", integer_buffer, "integer array"),
    ("running_mean", cumsum_in_place, "in place"),
    ("settling_index", settle_first_inside, "EVERY later index"),
    ("settling_index", settle_last_outside, "last index OUTSIDE"),
    ("settling_index", settle_strict, "exactly eps away"),
    ("settling_index", settle_sorts_in_place, "in place"),
    ("running_mean", list_of_means, "NumPy array"),
    ("running_mean", floor_divided, "dtype"),
    ("settling_index", settle_float_index, "instead of an integer"),
    ("settling_index", settle_count_inside, None),
]
