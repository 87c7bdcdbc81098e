"""Wrong implementations of `clt_standardised_means`."""
import numpy as np


def _means(inverse_cdf, n, reps, rng):
    return np.asarray(inverse_cdf(rng.random((reps, n))), dtype=float).mean(axis=1)


def no_sqrt_n(inverse_cdf, mu, sigma2, n, reps, *, rng):
    return (_means(inverse_cdf, n, reps, rng) - mu) / np.sqrt(sigma2)


def sigma2_as_sd(inverse_cdf, mu, sigma2, n, reps, *, rng):
    return (_means(inverse_cdf, n, reps, rng) - mu) / (sigma2 / np.sqrt(n))


def sd_as_variance(inverse_cdf, mu, sigma2, n, reps, *, rng):
    sigma = np.sqrt(sigma2)
    return (_means(inverse_cdf, n, reps, rng) - mu) / np.sqrt(sigma / n)


def variance_not_sd(inverse_cdf, mu, sigma2, n, reps, *, rng):
    return (_means(inverse_cdf, n, reps, rng) - mu) / (sigma2 / n)


def forgets_mu(inverse_cdf, mu, sigma2, n, reps, *, rng):
    return _means(inverse_cdf, n, reps, rng) / np.sqrt(sigma2 / n)


def empirical_centre(inverse_cdf, mu, sigma2, n, reps, *, rng):
    m = _means(inverse_cdf, n, reps, rng)
    return (m - m.mean()) / np.sqrt(sigma2 / n)


def empirical_standardise(inverse_cdf, mu, sigma2, n, reps, *, rng):
    m = _means(inverse_cdf, n, reps, rng)
    return (m - mu) / m.std()


def averages_wrong_axis(inverse_cdf, mu, sigma2, n, reps, *, rng):
    x = np.asarray(inverse_cdf(rng.random((reps, n))), dtype=float)
    return (x.mean(axis=0) - mu) / np.sqrt(sigma2 / n)


def one_row_reused(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """Draws one set of n values and reuses it: every repetition is the same."""
    m = np.asarray(inverse_cdf(rng.random(n)), dtype=float).mean()
    return np.full(reps, (m - mu) / np.sqrt(sigma2 / n))


def bessel_standard_error(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """Standard error √(sigma2/(n − 1)): a Bessel correction where the variance is the true one."""
    means = np.asarray(inverse_cdf(rng.random((reps, n))), dtype=float).mean(axis=1)
    return (means - mu) / np.sqrt(sigma2 / (n - 1))


def t_statistics(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """Each mean standardised with the spread of its own draws instead of the true sigma2."""
    draws = np.asarray(inverse_cdf(rng.random((reps, n))), dtype=float)
    means = draws.mean(axis=1)
    return (means - mu) / (draws.std(axis=1, ddof=1) / np.sqrt(n))


def global_uniforms(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """np.random.random instead of the rng it is given."""
    means = np.asarray(inverse_cdf(np.random.random((reps, n))), dtype=float).mean(axis=1)
    return (means - mu) / np.sqrt(sigma2 / n)


def list_of_values(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """A loop over repetitions that collects Python floats in a list."""
    out = []
    for _ in range(reps):
        draws = np.asarray(inverse_cdf(rng.random(n)), dtype=float)
        out.append(float((draws.mean() - mu) / np.sqrt(sigma2 / n)))
    return out


def sd_over_n(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """Divides by σ/n instead of σ/√n."""
    means = np.asarray(inverse_cdf(rng.random((reps, n))), dtype=float).mean(axis=1)
    return (means - mu) / (np.sqrt(sigma2) / n)


MUTANTS = [
    ("clt_standardised_means", no_sqrt_n, "about 1/n"),
    ("clt_standardised_means", sigma2_as_sd, "about 1/sigma2"),
    ("clt_standardised_means", sd_as_variance, "one square root too many"),
    ("clt_standardised_means", variance_not_sd, "about n/sigma2"),
    ("clt_standardised_means", forgets_mu, "subtract the true mean mu"),
    ("clt_standardised_means", empirical_centre, "exactly 0"),
    ("clt_standardised_means", empirical_standardise, "exactly 1"),
    ("clt_standardised_means", averages_wrong_axis, "axis=1"),
    ("clt_standardised_means", one_row_reused, "all your values are equal"),
    ("clt_standardised_means", bessel_standard_error, "no Bessel correction"),
    ("clt_standardised_means", t_statistics, "spread of its own n draws"),
    ("clt_standardised_means", global_uniforms, "draw every random number from the generator"),
    ("clt_standardised_means", list_of_values, "NumPy array"),
    ("clt_standardised_means", sd_over_n, None),
]
