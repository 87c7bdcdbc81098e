"""Valid alternatives to `type_one_error_rate` that must earn full marks."""
import numpy as np

from course.runtime.functions.inference import t_cdf


def vectorised_t_statistics(n, alpha, n_sims, rng):
    if n < 2 or n_sims < 1 or not 0 < alpha < 1:
        raise ValueError("bad arguments")
    data = rng.standard_normal((n_sims, n))
    t = data.mean(axis=1) / (data.std(axis=1, ddof=1) / np.sqrt(n))
    p_values = 2 * t_cdf(-np.abs(t), n - 1)
    return float(np.mean(p_values < alpha)), p_values


def one_data_set_at_a_time(n, alpha, n_sims, rng):
    if n < 2:
        raise ValueError("n must be at least 2")
    if not 0 < alpha < 1:
        raise ValueError("alpha must be in (0, 1)")
    if n_sims < 1:
        raise ValueError("n_sims must be at least 1")
    p_values = np.empty(n_sims)
    for i in range(n_sims):
        x = rng.normal(0.0, 1.0, size=n)
        se = x.std(ddof=1) / np.sqrt(n)
        p_values[i] = 2 * t_cdf(-abs(x.mean() / se), n - 1)
    return float(np.count_nonzero(p_values < alpha) / n_sims), p_values


def data_sets_as_columns(n, alpha, n_sims, rng):
    """Another order of draws: the data sets are the columns of an (n, n_sims) array."""
    if n < 2 or n_sims < 1 or not 0 < alpha < 1:
        raise ValueError("bad arguments")
    data = rng.standard_normal((n, n_sims))
    t = data.mean(axis=0) / (data.std(axis=0, ddof=1) / np.sqrt(n))
    p_values = 2 * t_cdf(-np.abs(t), n - 1)
    return float(np.mean(p_values < alpha)), p_values


ALTERNATIVES = [("type_one_error_rate", vectorised_t_statistics),
                ("type_one_error_rate", one_data_set_at_a_time),
                ("type_one_error_rate", data_sets_as_columns)]
