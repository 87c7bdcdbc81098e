"""Wrong implementations of `standard_error` and `standard_error_diff`."""
import numpy as np


def _checked(x):
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        raise ValueError("need two values")
    return x


def standard_deviation(x):
    return float(np.std(_checked(x), ddof=1))


def ddof_zero(x):
    x = _checked(x)
    return float(np.std(x) / np.sqrt(x.size))


def divides_by_n(x):
    x = _checked(x)
    return float(np.std(x, ddof=1) / x.size)


def no_length_check(x):
    x = np.asarray(x, dtype=float)
    return float(np.std(x, ddof=1) / np.sqrt(x.size)) if x.size else 0.0


def pooled_difference(x, y):
    x, y = _checked(x), _checked(y)
    nx, ny = x.size, y.size
    pooled = ((nx - 1) * np.var(x, ddof=1) + (ny - 1) * np.var(y, ddof=1)) / (nx + ny - 2)
    return float(np.sqrt(pooled * (1 / nx + 1 / ny)))


def sum_of_standard_errors(x, y):
    x, y = _checked(x), _checked(y)
    return float(np.std(x, ddof=1) / np.sqrt(x.size) + np.std(y, ddof=1) / np.sqrt(y.size))


def difference_ddof_zero(x, y):
    x, y = _checked(x), _checked(y)
    return float(np.sqrt(np.var(x) / x.size + np.var(y) / y.size))


def scipy_sem(x):
    from scipy import stats
    return float(stats.sem(_checked(x)))


def scipy_sem_difference(x, y):
    import scipy.stats
    return float(np.hypot(scipy.stats.sem(_checked(x)), scipy.stats.sem(_checked(y))))


def one_pass_variance(x):
    x = _checked(x)
    n = x.size
    s2 = (np.sum(x ** 2) - n * np.mean(x) ** 2) / (n - 1)
    return float(np.sqrt(max(s2, 0.0) / n))


def difference_one_pass(x, y):
    def var(v):
        v = _checked(v)
        return (np.sum(v ** 2) - v.size * np.mean(v) ** 2) / (v.size - 1) / v.size
    return float(np.sqrt(var(x) + var(y)))


def returns_array(x):
    x = _checked(x)
    return np.std(x, ddof=1, keepdims=True) / np.sqrt(x.size)


MUTANTS = [
    ("standard_error", standard_deviation, "spread of the mean itself"),
    ("standard_error", ddof_zero, "ddof=1"),
    ("standard_error", divides_by_n, "divides by √n"),
    ("standard_error", no_length_check, "should raise ValueError"),
    ("standard_error_diff", pooled_difference, "pooled the two variances"),
    ("standard_error_diff", sum_of_standard_errors, "VARIANCES add"),
    ("standard_error_diff", difference_ddof_zero, "ddof=1"),
    ("standard_error", scipy_sem, "asks you not to use"),
    ("standard_error_diff", scipy_sem_difference, "asks you not to use"),
    ("standard_error", one_pass_variance, "Subtract the mean first"),
    ("standard_error_diff", difference_one_pass, "Subtract the mean first"),
    ("standard_error", returns_array, "single number"),
]
