"""Wrong implementations of `mle_bernoulli`, `mle_poisson` and `mle_normal`."""
import numpy as np


def _nonempty(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return x


def normal_unbiased_variance(x):
    x = _nonempty(x)
    return float(np.mean(x)), float(np.var(x, ddof=1)) if x.size > 1 else 0.0


def normal_standard_deviation(x):
    x = _nonempty(x)
    return float(np.mean(x)), float(np.std(x))


def normal_one_pass_variance(x):
    x = _nonempty(x)
    return float(np.mean(x)), float(np.mean(x ** 2) - np.mean(x) ** 2)


def bernoulli_count(x):
    x = _nonempty(x)
    if not np.all((x == 0) | (x == 1)):
        raise ValueError("not 0/1")
    return float(np.sum(x))


def bernoulli_unchecked(x):
    return float(np.mean(_nonempty(x)))


def poisson_allows_fractions(x):
    x = _nonempty(x)
    if np.any(x < 0):
        raise ValueError("negative")
    return float(np.mean(x))


def poisson_integer_division(x):
    x = np.asarray(x)
    if x.size == 0 or np.any(x < 0) or np.any(x != np.round(x)):
        raise ValueError("bad counts")
    return float(int(np.sum(x)) // x.size)


MUTANTS = [
    ("mle_normal", normal_unbiased_variance, "unbiased sample variance"),
    ("mle_normal", normal_standard_deviation, "no square root"),
    ("mle_normal", normal_one_pass_variance, "Subtract the mean first"),
    ("mle_bernoulli", bernoulli_count, "fraction of successes"),
    ("mle_bernoulli", bernoulli_unchecked, None),
    ("mle_poisson", poisson_allows_fractions, None),
    ("mle_poisson", poisson_integer_division, None),
]
