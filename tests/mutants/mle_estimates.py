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


def normal_via_scipy(x):
    from scipy import stats
    mu, sigma = stats.norm.fit(_nonempty(x))
    return float(mu), float(sigma ** 2)


def bernoulli_via_scipy(x):
    from scipy import stats
    x = _nonempty(x)
    if not np.all((x == 0) | (x == 1)):
        raise ValueError("not 0/1")
    return float(stats.describe(x).mean)


def poisson_via_scipy(x):
    import scipy.stats
    x = _nonempty(x)
    if not np.all((x >= 0) & (x == np.round(x))):
        raise ValueError("bad counts")
    return float(scipy.stats.describe(x).mean)


def normal_floors_tiny_variance(x):
    x = _nonempty(x)
    mu = np.mean(x)
    var = np.mean((x - mu) ** 2)
    return float(mu), float(var) if var > 1e-12 else 0.0     # "clean up rounding noise"


def poisson_tolerant_whole_check(x):
    x = _nonempty(x)
    if np.any(x < 0) or not np.allclose(x, np.round(x)):
        raise ValueError("bad counts")
    return float(np.mean(x))


def bernoulli_tolerant_check(x):
    x = _nonempty(x)
    if not np.all(np.isclose(x, 0) | np.isclose(x, 1)):
        raise ValueError("not 0/1")
    return float(np.mean(x))


def normal_returns_arrays(x):
    x = _nonempty(x)
    mu = np.mean(x, keepdims=True)
    return mu, np.mean((x - mu) ** 2, keepdims=True)



def normal_swapped_order(x):
    """Returns (sigma2_hat, mu_hat): the right numbers in the wrong order."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    mu = float(np.mean(x))
    return float(np.mean((x - mu) ** 2)), mu


def bernoulli_floor_division(x):
    """sum // n: the fraction is rounded down to 0 (or 1)."""
    x = np.asarray(x)
    if x.size == 0 or np.any((x != 0) & (x != 1)):
        raise ValueError("observations must be 0 or 1")
    return float(np.sum(x.astype(int)) // x.size)


MUTANTS = [
    ("mle_normal", normal_unbiased_variance, "unbiased sample variance"),
    ("mle_normal", normal_standard_deviation, "no square root"),
    ("mle_normal", normal_one_pass_variance, "Subtract the mean first"),
    ("mle_bernoulli", bernoulli_count, "fraction of successes"),
    ("mle_bernoulli", bernoulli_unchecked, "mle_bernoulli([0, 1, 2]) should raise ValueError"),
    ("mle_poisson", poisson_allows_fractions, "mle_poisson([1.5, 2.0]) should raise ValueError"),
    ("mle_poisson", poisson_integer_division, None),
    ("mle_normal", normal_via_scipy, "asks you not to use"),
    ("mle_bernoulli", bernoulli_via_scipy, "asks you not to use"),
    ("mle_poisson", poisson_via_scipy, "asks you not to use"),
    ("mle_normal", normal_floors_tiny_variance, "absolute threshold"),
    ("mle_poisson", poisson_tolerant_whole_check, "exactly a whole number"),
    ("mle_bernoulli", bernoulli_tolerant_check, "exactly 0 or 1"),
    ("mle_normal", normal_returns_arrays, None),
    ("mle_normal", normal_swapped_order, "wrong order"),
    ("mle_bernoulli", bernoulli_floor_division, "rounded down"),
]
