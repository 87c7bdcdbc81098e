"""Valid alternatives to `exponential_inverse_cdf` and `inverse_transform_sample` that must earn full marks."""
import numpy as np


def quantile_via_log_survival(u, lam):
    """np.log1p(-u) written as the log of the survival probability, divided by -lam."""
    u = np.array(u, dtype=float)
    if lam <= 0 or np.any(u < 0) or np.any(u >= 1):
        raise ValueError("need lam > 0 and u in [0, 1)")
    return np.log1p(-u) / (-lam)


def sample_with_uniform(inverse_cdf, n, *, rng):
    """rng.uniform(0, 1, size=n) instead of rng.random(n)."""
    return np.asarray(inverse_cdf(rng.uniform(0.0, 1.0, size=n)), dtype=float)


def sample_one_at_a_time(inverse_cdf, n, *, rng):
    """A loop of scalar draws, stored in a float array."""
    out = np.empty(n)
    for i in range(n):
        out[i] = inverse_cdf(np.array([rng.random()]))[0]
    return out


ALTERNATIVES = [
    ("exponential_inverse_cdf", quantile_via_log_survival),
    ("inverse_transform_sample", sample_with_uniform),
    ("inverse_transform_sample", sample_one_at_a_time),
]
