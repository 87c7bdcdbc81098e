"""Wrong implementations of `sample_mean` and `sample_variance`."""
import numpy as np


def _mean(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(np.sum(x) / x.size)


def biased_by_default(x, ddof=0):
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    return float(np.sum((x - _mean(x)) ** 2) / (x.size - ddof))


def always_n_minus_1(x, ddof=1):
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    return float(np.sum((x - _mean(x)) ** 2) / (x.size - 1))


def raw_score_formula(x, ddof=1):
    x = np.asarray(x, dtype=float)
    n = x.size
    if n - ddof <= 0:
        raise ValueError("too few values")
    m = _mean(x)
    return float((np.sum(x ** 2) - n * m ** 2) / (n - ddof))


def centres_in_place(x, ddof=1):
    x = np.asarray(x, dtype=float)            # no copy when x is already a float array
    n = x.size
    if n - ddof <= 0:
        raise ValueError("too few values")
    x -= _mean(x)
    return float(np.sum(x ** 2) / (n - ddof))


def floor_division_mean(x):
    x = np.asarray(x)
    if x.size == 0:
        raise ValueError("empty")
    return np.sum(x) // x.size


def no_empty_check(x):
    x = np.asarray(x, dtype=float)
    return float(np.sum(x)) / x.size


def no_size_check(x, ddof=1):
    x = np.asarray(x, dtype=float)
    with np.errstate(all="ignore"):
        return float(np.sum((x - np.sum(x) / max(x.size, 1)) ** 2) / np.float64(x.size - ddof))


MUTANTS = [
    ("sample_variance", biased_by_default, "n − 1"),
    ("sample_variance", always_n_minus_1, "n − ddof"),
    ("sample_variance", raw_score_formula, "raw-score"),
    ("sample_variance", centres_in_place, "in place"),
    ("sample_mean", floor_division_mean, "true division"),
    ("sample_mean", no_empty_check, None),
    ("sample_variance", no_size_check, None),
]
