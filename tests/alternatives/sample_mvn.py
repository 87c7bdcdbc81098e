"""Valid alternatives to `sample_mvn` that must earn full marks."""
import numpy as np


def columns_then_transpose(mu, Sigma, n, rng):
    """Draw Z as (D, n), map the columns with L, transpose to rows: another order of draws."""
    mu = np.asarray(mu, dtype=float)
    Sigma = np.asarray(Sigma, dtype=float)
    D = mu.size
    if Sigma.shape != (D, D):
        raise ValueError("Sigma must be (D, D)")
    L = np.linalg.cholesky(Sigma)
    return (mu[:, None] + L @ rng.standard_normal((D, n))).T


def one_draw_at_a_time(mu, Sigma, n, rng):
    """A loop of single draws x = mu + L z, with rng.normal."""
    mu = np.array(mu, dtype=float)
    Sigma = np.array(Sigma, dtype=float)
    if Sigma.ndim != 2 or Sigma.shape != (len(mu), len(mu)):
        raise ValueError("shape mismatch")
    L = np.linalg.cholesky(Sigma)
    out = np.empty((n, len(mu)))
    for i in range(n):
        out[i] = mu + L @ rng.normal(size=len(mu))
    return out


ALTERNATIVES = [
    ("sample_mvn", columns_then_transpose),
    ("sample_mvn", one_draw_at_a_time),
]
