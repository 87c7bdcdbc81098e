"""Valid alternatives to `monte_carlo_expectation` that must earn full marks."""
import math

import numpy as np


def explicit_sums(f, sampler, n, rng):
    """The mean and the unbiased variance written out as sums of deviations; math.sqrt."""
    if n < 2 or n != int(n):
        raise ValueError("need an integer n >= 2")
    n = int(n)
    values = np.asarray(f(sampler(n, rng)), dtype=float)
    mean = values.sum() / n
    variance = ((values - mean) ** 2).sum() / (n - 1)
    return float(mean), math.sqrt(variance / n)


def np_float64_results(f, sampler, n, rng):
    """np.mean and np.var(ddof=1), returned as np.float64."""
    if not n >= 2:
        raise ValueError(f"n = {n}: at least two samples are needed")
    values = np.asarray(f(sampler(n, rng)))
    return np.mean(values), np.sqrt(np.var(values, ddof=1) / len(values))


ALTERNATIVES = [("monte_carlo_expectation", explicit_sums),
                ("monte_carlo_expectation", np_float64_results)]
