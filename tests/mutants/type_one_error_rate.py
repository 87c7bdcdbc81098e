"""Wrong implementations of `type_one_error_rate` (each runs its own, flawed, one-sample t test)."""
import numpy as np

from course.runtime.functions.inference import normal_cdf, t_cdf


def _validated(n, alpha, n_sims):
    if n < 2 or n_sims < 1 or not 0 < alpha < 1:
        raise ValueError("bad arguments")


def _t_statistics(data, ddof=1):
    n = data.shape[1]
    return data.mean(axis=1) / (data.std(axis=1, ddof=ddof) / np.sqrt(n))


def normal_p_values(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = 2 * normal_cdf(-np.abs(_t_statistics(rng.standard_normal((n_sims, n)))))
    return float(np.mean(p < alpha)), p


def one_sided_p_values(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = t_cdf(-np.abs(_t_statistics(rng.standard_normal((n_sims, n)))), n - 1)
    return float(np.mean(p < alpha)), p


def doubled_p_values(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = 4 * t_cdf(-np.abs(_t_statistics(rng.standard_normal((n_sims, n)))), n - 1)
    return float(np.mean(p < alpha)), p


def count_not_fraction(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = 2 * t_cdf(-np.abs(_t_statistics(rng.standard_normal((n_sims, n)))), n - 1)
    return float(np.sum(p < alpha)), p


def data_not_null(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = 2 * t_cdf(-np.abs(_t_statistics(rng.normal(1.0, 1.0, size=(n_sims, n)))), n - 1)
    return float(np.mean(p < alpha)), p


def scipy_vectorised(n, alpha, n_sims, rng):
    from scipy import stats
    _validated(n, alpha, n_sims)
    p = stats.ttest_1samp(rng.standard_normal((n_sims, n)), 0.0, axis=1).pvalue
    return float(np.mean(p < alpha)), p


def ddof_zero_t(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = 2 * t_cdf(-np.abs(_t_statistics(rng.standard_normal((n_sims, n)), ddof=0)), n - 1)
    return float(np.mean(p < alpha)), p


def global_normal_draws(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = 2 * t_cdf(-np.abs(_t_statistics(np.random.standard_normal((n_sims, n)))), n - 1)
    return float(np.mean(p < alpha)), p


def p_values_as_list(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    data = rng.standard_normal((n_sims, n))
    p = [float(2 * t_cdf(-abs(t), n - 1)) for t in _t_statistics(data)]
    return sum(v < alpha for v in p) / n_sims, p


def df_n(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = 2 * t_cdf(-np.abs(_t_statistics(rng.standard_normal((n_sims, n)))), n)
    return float(np.mean(p < alpha)), p


def signed_one_sided_p_values(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    p = t_cdf(-_t_statistics(rng.standard_normal((n_sims, n))), n - 1)
    return float(np.mean(p < alpha)), p


def one_value_short(n, alpha, n_sims, rng):
    _validated(n, alpha, n_sims)
    m = max(n - 1, 2)
    p = 2 * t_cdf(-np.abs(_t_statistics(rng.standard_normal((n_sims, m)))), m - 1)
    return float(np.mean(p < alpha)), p


MUTANTS = [
    ("type_one_error_rate", normal_p_values, "NORMAL distribution"),
    ("type_one_error_rate", one_sided_p_values, "one-sided"),
    ("type_one_error_rate", doubled_p_values, "exceed 1"),
    ("type_one_error_rate", count_not_fraction, "FRACTION"),
    ("type_one_error_rate", data_not_null, "do not satisfy H0"),
    ("type_one_error_rate", scipy_vectorised, "asks you not to use"),
    ("type_one_error_rate", ddof_zero_t, "ddof=0"),
    ("type_one_error_rate", global_normal_draws, "never from np.random"),
    ("type_one_error_rate", p_values_as_list, "asks for a NumPy array"),
    ("type_one_error_rate", df_n, None),
    ("type_one_error_rate", signed_one_sided_p_values, "two-sided"),
    ("type_one_error_rate", one_value_short, "exactly n values"),
]
