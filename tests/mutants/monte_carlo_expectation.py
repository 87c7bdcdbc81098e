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


def scipy_sem(f, sampler, n, rng):
    from scipy.stats import sem
    v = _values(f, sampler, n, rng)
    return float(v.mean()), float(sem(v))


def biased_standard_deviation(f, sampler, n, rng):
    v = _values(f, sampler, n, rng)
    return float(v.mean()), float(v.std() / np.sqrt(n))


def variance_from_second_moment(f, sampler, n, rng):
    v = _values(f, sampler, n, rng)
    mean = v.mean()
    variance = (np.mean(v ** 2) - mean ** 2) * n / (n - 1)
    return float(mean), float(np.sqrt(abs(variance)) / np.sqrt(n))


def global_np_random(f, sampler, n, rng):
    v = _values(f, sampler, n, np.random.default_rng())      # a generator of its own
    return float(v.mean()), float(v.std(ddof=1) / np.sqrt(n))


def draws_twice(f, sampler, n, rng):
    if n < 2:
        raise ValueError("need n >= 2")
    estimate = float(np.mean(f(sampler(n, rng))))
    spread = float(np.std(f(sampler(n, rng)), ddof=1))
    return estimate, spread / np.sqrt(n)


MUTANTS = [
    ("monte_carlo_expectation", scipy_sem, "asks you not to use"),
    ("monte_carlo_expectation", biased_standard_deviation, "not by n (np.std's default ddof=0)"),
    ("monte_carlo_expectation", variance_from_second_moment, "cancels catastrophically"),
    ("monte_carlo_expectation", global_np_random, "draw every random number from the generator"),
    ("monte_carlo_expectation", draws_twice, "draw exactly once"),
    ("monte_carlo_expectation", sum_not_mean, "without dividing by n"),
    ("monte_carlo_expectation", standard_deviation_as_error, "√n times too large"),
    ("monte_carlo_expectation", error_divided_by_n, "not by n"),
    ("monte_carlo_expectation", variance_of_the_mean, "you returned a variance"),
    ("monte_carlo_expectation", accepts_one_sample, "should raise ValueError"),
    ("monte_carlo_expectation", mean_of_samples_not_of_f, "f evaluated at the mean of the samples"),
]
