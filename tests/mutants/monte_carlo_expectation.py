"""Wrong implementations of `monte_carlo_expectation`."""
import numpy as np


def _values(f, sampler, n, rng):
    if int(n) != n or n < 2:
        raise ValueError("need n >= 2")
    return np.asarray(f(sampler(int(n), rng)), dtype=float)


def sum_not_mean(f, sampler, n, rng):
    v = _values(f, sampler, n, rng)
    return float(v.sum()), float(v.std(ddof=1) / np.sqrt(n))


def standard_deviation_as_error(f, sampler, n, rng):
    v = _values(f, sampler, n, rng)
    return float(v.mean()), float(v.std(ddof=1))


def error_divided_by_n(f, sampler, n, rng):
    v = _values(f, sampler, n, rng)
    return float(v.mean()), float(v.std(ddof=1) / n)


def variance_of_the_mean(f, sampler, n, rng):
    v = _values(f, sampler, n, rng)
    return float(v.mean()), float(v.var(ddof=1) / n)


def accepts_one_sample(f, sampler, n, rng):
    v = np.asarray(f(sampler(int(n), rng)), dtype=float)
    return float(v.mean()), float(v.std(ddof=1) / np.sqrt(n)) if n > 1 else 0.0


def mean_of_samples_not_of_f(f, sampler, n, rng):
    if n < 2:
        raise ValueError("need n >= 2")
    x = sampler(int(n), rng)
    v = np.asarray(f(x), dtype=float)
    return float(f(np.mean(x))), float(v.std(ddof=1) / np.sqrt(n))


MUTANTS = [
    ("monte_carlo_expectation", sum_not_mean, "without dividing by n"),
    ("monte_carlo_expectation", standard_deviation_as_error, "√n times too large"),
    ("monte_carlo_expectation", error_divided_by_n, "not by n"),
    ("monte_carlo_expectation", variance_of_the_mean, "you returned a variance"),
    ("monte_carlo_expectation", accepts_one_sample, "should raise ValueError"),
    ("monte_carlo_expectation", mean_of_samples_not_of_f, "f evaluated at the mean of the samples"),
]
