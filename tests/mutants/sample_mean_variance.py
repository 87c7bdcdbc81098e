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


def mean_np_mean(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(np.mean(x))


def mean_np_average(x):
    if len(x) == 0:
        raise ValueError("empty")
    return float(np.average(x))


def mean_method(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(x.mean())


def mean_statistics(x):
    import statistics
    if len(x) == 0:
        raise ValueError("empty")
    return statistics.fmean(x)


def var_np_var(x, ddof=1):
    if len(x) - ddof <= 0:
        raise ValueError("too few values")
    return float(np.var(x, ddof=ddof))


def var_np_std_squared(x, ddof=1):
    if len(x) - ddof <= 0:
        raise ValueError("too few values")
    return float(np.std(x, ddof=ddof) ** 2)


def var_np_cov(x, ddof=1):
    if len(x) - ddof <= 0:
        raise ValueError("too few values")
    return float(np.cov(x, ddof=ddof))


def var_np_corrcoef_scaled(x, ddof=1):
    """A detour through np.corrcoef (the notebook's ground rules exclude it too)."""
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    assert np.corrcoef(x, x)[0, 1] > 0
    return float(np.sum((x - _mean(x)) ** 2) / (x.size - ddof))


def var_with_np_mean(x, ddof=1):
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    return float(np.sum((x - np.mean(x)) ** 2) / (x.size - ddof))


def var_with_np_average(x, ddof=1):
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    return float(np.sum((x - np.average(x)) ** 2) / (x.size - ddof))


def var_with_mean_method(x, ddof=1):
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    return float(((x - x.mean()) ** 2).sum() / (x.size - ddof))


def var_method(x, ddof=1):
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    return float(x.var(ddof=ddof))


def var_std_method(x, ddof=1):
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    return float(x.std(ddof=ddof) ** 2)


def var_statistics(x, ddof=1):
    import statistics
    if len(x) - ddof <= 0:
        raise ValueError("too few values")
    return statistics.variance(x) if ddof == 1 else statistics.pvariance(x) * len(x) / (len(x) - ddof)


def var_zero_threshold(x, ddof=1):
    """Calls a tiny variance 0 with an absolute threshold: wrong for data on a small scale."""
    x = np.asarray(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("too few values")
    v = float(np.sum((x - _mean(x)) ** 2) / (x.size - ddof))
    return 0.0 if v < 1e-12 else v


def var_raw_score_small_offset(x, ddof=1):
    """The raw-score shortcut: fine on the small public data, negative on constant 0.1s."""
    x = np.asarray(x, dtype=float)
    n = x.size
    if n - ddof <= 0:
        raise ValueError("too few values")
    return float((np.sum(x * x) / n - _mean(x) ** 2) * n / (n - ddof))


MUTANTS = [
    ("sample_variance", biased_by_default, "n − 1"),
    ("sample_variance", always_n_minus_1, "n − ddof"),
    ("sample_variance", raw_score_formula, "raw-score"),
    ("sample_variance", centres_in_place, "in place"),
    ("sample_mean", floor_division_mean, "true division"),
    ("sample_mean", no_empty_check, None),
    ("sample_variance", no_size_check, None),
    ("sample_mean", mean_np_mean, "asks you not to use"),
    ("sample_mean", mean_np_average, "asks you not to use"),
    ("sample_mean", mean_method, "asks you not to use"),
    ("sample_mean", mean_statistics, "asks you not to use"),
    ("sample_variance", var_np_var, "asks you not to use"),
    ("sample_variance", var_np_std_squared, "asks you not to use"),
    ("sample_variance", var_np_cov, "asks you not to use"),
    ("sample_variance", var_np_corrcoef_scaled, "asks you not to use"),
    ("sample_variance", var_with_np_mean, "asks you not to use"),
    ("sample_variance", var_with_np_average, "asks you not to use"),
    ("sample_variance", var_with_mean_method, "asks you not to use"),
    ("sample_variance", var_method, "asks you not to use"),
    ("sample_variance", var_std_method, "asks you not to use"),
    ("sample_variance", var_statistics, "asks you not to use"),
    ("sample_variance", var_zero_threshold, "threshold of your own"),
    ("sample_variance", var_raw_score_small_offset, "raw-score"),
]
