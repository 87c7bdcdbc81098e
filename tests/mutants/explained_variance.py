"""Wrong implementations of `explained_variance_ratio` and `choose_k`."""
import numpy as np


def _ratios(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    if not values.sum() > 0:
        raise ValueError("sum must be positive")
    return values / values.sum()


def _valid(fraction):
    if not 0 < fraction <= 1:
        raise ValueError("fraction must be in (0, 1]")


def cumulative_ratio(eigenvalues):
    return np.cumsum(_ratios(eigenvalues))


def divides_by_largest(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    if not values.sum() > 0:
        raise ValueError("sum must be positive")
    return values / values.max()


def no_value_error(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    with np.errstate(all="ignore"):
        return values / values.sum()


def returns_index(eigenvalues, fraction=0.9):
    _valid(fraction)
    return int(np.argmax(np.cumsum(_ratios(eigenvalues)) >= fraction - 1e-12))


def strict_inequality(eigenvalues, fraction=0.9):
    _valid(fraction)
    reached = np.cumsum(_ratios(eigenvalues)) > fraction
    return int(np.argmax(reached)) + 1 if reached.any() else len(reached)


def no_tolerance(eigenvalues, fraction=0.9):
    _valid(fraction)
    return int(np.searchsorted(np.cumsum(_ratios(eigenvalues)), fraction)) + 1


def loop_without_tolerance(eigenvalues, fraction=0.9):
    _valid(fraction)
    ratios = _ratios(eigenvalues)
    total = 0.0
    for i in range(len(ratios) + 1):
        total += ratios[i]          # IndexError when the sum never reaches the fraction
        if total >= fraction:
            return i + 1


def no_fraction_check(eigenvalues, fraction=0.9):
    return int(np.argmax(np.cumsum(_ratios(eigenvalues)) >= fraction - 1e-12)) + 1


MUTANTS = [
    ("explained_variance_ratio", cumulative_ratio, "cumulative sums"),
    ("explained_variance_ratio", divides_by_largest, "SUM of all eigenvalues"),
    ("explained_variance_ratio", no_value_error, None),
    ("choose_k", returns_index, "one more than that index"),
    ("choose_k", strict_inequality, "not R_k > fraction"),
    ("choose_k", no_tolerance, "fraction - 1e-12"),
    ("choose_k", loop_without_tolerance, "fraction - 1e-12"),
    ("choose_k", no_fraction_check, None),
]
