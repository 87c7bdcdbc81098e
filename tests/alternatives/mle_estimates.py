"""Valid alternatives to `mle_bernoulli`, `mle_poisson` and `mle_normal` that must earn full marks."""
import numpy as np


def bernoulli_by_counting(x):
    values = [float(v) for v in x]
    if not values:
        raise ValueError("need at least one observation")
    if any(v not in (0.0, 1.0) for v in values):
        raise ValueError("observations must be 0 or 1")
    return sum(values) / len(values)


def poisson_with_modulo(x):
    x = np.array(x, dtype=float)
    if x.size == 0 or np.any(x < 0) or np.any(x % 1 != 0):
        raise ValueError("counts must be non-negative whole numbers")
    return float(x.sum() / x.size)


def normal_with_np_var(x):
    x = np.array(x, dtype=float)
    if len(x) == 0:
        raise ValueError("empty")
    return float(x.mean()), float(np.var(x))


def normal_two_pass_loop(x):
    values = [float(v) for v in x]
    if not values:
        raise ValueError("empty")
    mu = sum(values) / len(values)
    return mu, sum((v - mu) ** 2 for v in values) / len(values)


ALTERNATIVES = [("mle_bernoulli", bernoulli_by_counting), ("mle_poisson", poisson_with_modulo),
                ("mle_normal", normal_with_np_var), ("mle_normal", normal_two_pass_loop)]
