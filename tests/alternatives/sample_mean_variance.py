"""Valid alternatives to `sample_mean` and `sample_variance` that must earn full marks."""
import math

import numpy as np


def mean_with_fsum(x):
    """math.fsum of the values (exactly rounded) over their count."""
    values = [float(v) for v in x]
    if not values:
        raise ValueError("the mean of nothing is undefined")
    return math.fsum(values) / len(values)


def variance_loop(x, ddof=1):
    """Two passes with plain Python loops."""
    values = [float(v) for v in x]
    n = len(values)
    if n - ddof <= 0:
        raise ValueError("need more values than ddof")
    m = sum(values) / n
    return sum((v - m) ** 2 for v in values) / (n - ddof)


def variance_welford(x, ddof=1):
    """Welford's one-pass update: as stable as two passes."""
    n, m, m2 = 0, 0.0, 0.0
    for v in np.asarray(x, dtype=float):
        n += 1
        delta = v - m
        m += delta / n
        m2 += delta * (v - m)
    if n - ddof <= 0:
        raise ValueError("need more values than ddof")
    return m2 / (n - ddof)


def variance_dot_of_deviations(x, ddof=1):
    x = np.array(x, dtype=float)
    if x.size - ddof <= 0:
        raise ValueError("need more values than ddof")
    d = x - np.sum(x) / x.size
    return float(d @ d) / (x.size - ddof)


ALTERNATIVES = [
    ("sample_mean", mean_with_fsum),
    ("sample_variance", variance_loop),
    ("sample_variance", variance_welford),
    ("sample_variance", variance_dot_of_deviations),
]
