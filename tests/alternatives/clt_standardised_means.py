"""Valid alternatives to `clt_standardised_means` that must earn full marks."""
import numpy as np


def reshaped_flat_draws(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """reps * n uniforms in one flat draw, through the quantile, reshaped to (reps, n)."""
    x = np.asarray(inverse_cdf(rng.random(reps * n)), dtype=float).reshape(reps, n)
    return (x.sum(axis=1) / n - mu) * np.sqrt(n / sigma2)


def columns_as_repetitions(inverse_cdf, mu, sigma2, n, reps, *, rng):
    """Another order of draws: an (n, reps) array averaged down its columns."""
    x = np.asarray(inverse_cdf(rng.random((n, reps))), dtype=float)
    return (x.mean(axis=0) - mu) / np.sqrt(sigma2 / n)


def loop_over_repetitions(inverse_cdf, mu, sigma2, n, reps, *, rng):
    out = np.empty(reps)
    se = (sigma2 / n) ** 0.5
    for r in range(reps):
        out[r] = (np.mean(inverse_cdf(rng.uniform(size=n))) - mu) / se
    return out


ALTERNATIVES = [
    ("clt_standardised_means", reshaped_flat_draws),
    ("clt_standardised_means", columns_as_repetitions),
    ("clt_standardised_means", loop_over_repetitions),
]
