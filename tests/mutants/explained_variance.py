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


# --- added: bans (np.cov, SciPy, scikit-learn), absolute thresholds, NumPy integers -----------------
import scipy.linalg
import scipy.stats
from sklearn.utils.extmath import stable_cumsum


def ratio_from_np_cov(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    total = float(np.trace(np.atleast_2d(np.cov(np.diag(np.sqrt(np.abs(values))), bias=True)))) * 0 \
        + values.sum()
    if not total > 0:
        raise ValueError("sum must be positive")
    return values / total


def ratio_with_scipy(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    total = scipy.stats.describe(values).mean * len(values) if len(values) > 1 else values.sum()
    if not total > 0:
        raise ValueError("sum must be positive")
    return values / total


def ratio_with_sklearn(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    total = stable_cumsum(values)[-1]
    if not total > 0:
        raise ValueError("sum must be positive")
    return values / total


def ratio_threshold(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    if values.sum() < 1e-12:
        raise ValueError("sum must be positive")
    return values / values.sum()


def k_with_np_cov(eigenvalues, fraction=0.9):
    _valid(fraction)
    np.cov(np.asarray(eigenvalues, dtype=float))          # "the variance of the spectrum", unused
    return int(np.argmax(np.cumsum(_ratios(eigenvalues)) >= fraction - 1e-12)) + 1


def k_with_scipy(eigenvalues, fraction=0.9):
    _valid(fraction)
    ratios = _ratios(eigenvalues)
    # lower-triangular ones times the ratios: the cumulative sums as a matrix product
    cumulative = np.tril(scipy.linalg.toeplitz(np.ones(len(ratios)))) @ ratios
    return int(np.argmax(cumulative >= fraction - 1e-12)) + 1


def k_with_sklearn(eigenvalues, fraction=0.9):
    _valid(fraction)
    cumulative = stable_cumsum(_ratios(eigenvalues))
    return int(np.searchsorted(cumulative, fraction - 1e-12)) + 1


def k_numpy_integer(eigenvalues, fraction=0.9):
    _valid(fraction)
    return np.argmax(np.cumsum(_ratios(eigenvalues)) >= fraction - 1e-12) + 1


def k_threshold(eigenvalues, fraction=0.9):
    _valid(fraction)
    values = np.asarray(eigenvalues, dtype=float)
    if values.sum() < 1e-12:
        raise ValueError("sum must be positive")
    return int(np.argmax(np.cumsum(values / values.sum()) >= fraction - 1e-12)) + 1


MUTANTS += [
    ("explained_variance_ratio", ratio_from_np_cov, "asks you not to use"),
    ("explained_variance_ratio", ratio_with_scipy, "asks you not to use"),
    ("explained_variance_ratio", ratio_with_sklearn, "asks you not to use"),
    ("explained_variance_ratio", ratio_threshold, "absolute threshold"),
    ("choose_k", k_with_np_cov, "asks you not to use"),
    ("choose_k", k_with_scipy, "asks you not to use"),
    ("choose_k", k_with_sklearn, "asks you not to use"),
    ("choose_k", k_numpy_integer, "Python int"),
    ("choose_k", k_threshold, "absolute threshold"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def ratio_of_absolute_values(eigenvalues):
    values = np.abs(np.asarray(eigenvalues, dtype=float))
    if not values.sum() > 0:
        raise ValueError("the eigenvalues must have a positive sum")
    return values / values.sum()


def no_tolerance_falls_back_to_all(eigenvalues, fraction=0.9):
    if not 0 < fraction <= 1:
        raise ValueError("fraction must lie in (0, 1]")
    values = np.asarray(eigenvalues, dtype=float)
    cumulative = np.cumsum(values / values.sum())
    reached = np.flatnonzero(cumulative >= fraction)
    return int(reached[0]) + 1 if reached.size else len(cumulative)


MUTANTS += [("explained_variance_ratio", ratio_of_absolute_values, "use the eigenvalues as given"),
            ("choose_k", no_tolerance_falls_back_to_all, "fraction - 1e-12")]


def raises_only_for_zero_sum(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    if values.sum() == 0:
        raise ValueError("the eigenvalues sum to 0")
    return values / values.sum()


MUTANTS += [("explained_variance_ratio", raises_only_for_zero_sum, "includes negative sums")]
