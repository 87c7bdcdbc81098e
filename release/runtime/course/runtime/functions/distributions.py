"""Inverse cdfs (quantile functions) and densities handed to learner code in step 3, notebook 1.

The tests of `inverse_transform_sample` and `clt_standardised_means` pass one of these as the
`inverse_cdf` argument; the plots of the notebook use them too. A module-level function crosses to
the learner's kernel by name, an instance of `ExponentialQuantile` or `UniformQuantile` as its class
name and its (float) attributes; see course/remote.py. NumPy only: no scipy here.

Every function works element-wise on a number or an array and returns floats.
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "ExponentialQuantile",
    "UniformQuantile",
    "logistic_quantile",
    "logistic_pdf",
    "logistic_cdf",
    "LOGISTIC_MEAN",
    "LOGISTIC_VARIANCE",
]

LOGISTIC_MEAN = 0.0
LOGISTIC_VARIANCE = float(np.pi ** 2 / 3)


def _unit_interval(u) -> np.ndarray:
    u = np.asarray(u, dtype=float)
    if np.any((u < 0) | (u > 1)):
        raise ValueError("a quantile function takes probabilities u in [0, 1], and some of the "
                         "values it was given lie outside: feed it uniform numbers such as rng.random(n)")
    return u


class ExponentialQuantile:
    """The inverse cdf u -> -log(1 - u) / rate of the exponential distribution with the given rate
    (mean 1/rate, variance 1/rate**2)."""

    def __init__(self, rate: float):
        if not rate > 0:
            raise ValueError("the rate of an exponential distribution must be positive")
        self.rate = float(rate)

    def __call__(self, u):
        with np.errstate(divide="ignore"):
            return -np.log1p(-_unit_interval(u)) / self.rate

    def __repr__(self) -> str:
        return f"ExponentialQuantile(rate={self.rate:g})"


class UniformQuantile:
    """The inverse cdf u -> low + (high - low) u of the uniform distribution on [low, high]
    (mean (low + high) / 2, variance (high - low)**2 / 12)."""

    def __init__(self, low: float, high: float):
        if not high > low:
            raise ValueError("need low < high")
        self.low, self.high = float(low), float(high)

    def __call__(self, u):
        return self.low + (self.high - self.low) * _unit_interval(u)

    def __repr__(self) -> str:
        return f"UniformQuantile(low={self.low:g}, high={self.high:g})"


def logistic_quantile(u):
    """The inverse cdf u -> log(u / (1 - u)) of the standard logistic distribution (mean 0,
    variance pi**2 / 3); -inf at u = 0 and +inf at u = 1."""
    u = _unit_interval(u)
    with np.errstate(divide="ignore"):
        return np.log(u) - np.log1p(-u)


def logistic_cdf(x):
    """The cdf 1 / (1 + exp(-x)) of the standard logistic distribution."""
    x = np.asarray(x, dtype=float)
    # exp of a non-positive number only: no overflow warning for large |x|
    e = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def logistic_pdf(x):
    """The density exp(-x) / (1 + exp(-x))**2 of the standard logistic distribution."""
    e = np.exp(-np.abs(np.asarray(x, dtype=float)))
    return e / (1.0 + e) ** 2
