"""Functions handed to learner code in Step 2 · Notebook 4 (backpropagation and integration).

Three families, all NumPy only and vectorised (a number in, a number out; an array in, an array of
the same shape out):

* elementary functions with their exact derivative, for the chain rule: `Affine`, `Power`, `Exp`,
  `Tanh`, `Sigmoid`, `Sin`, `Log`. Each instance `f` is called as `f(x)` and differentiated as
  `f.derivative(x)`;
* integrands and densities, for the quadrature rules: `Polynomial` (with its exact `integral`),
  `gaussian_bump`, `Indicator`, `NormalDensity`, `ExponentialDensity`, and `TimesDensity(f, p)`,
  the integrand x -> f(x) p(x) of an expectation E[f(X)];
* samplers, for Monte Carlo: `NormalSampler`, `UniformSampler`, `ExponentialSampler`, each called
  as `sampler(n, rng)` and drawing n numbers from the `np.random.Generator` rng only.

Every class keeps only plain data (floats, tuples, other instances of this module) as attributes,
so that an instance crosses to the learner's kernel as its class name and attributes (see
course/remote.py). No lambdas, no closures.
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "Affine", "Power", "Exp", "Tanh", "Sigmoid", "Sin", "Log",
    "Polynomial", "gaussian_bump", "gaussian_bump_integral", "Indicator",
    "NormalDensity", "ExponentialDensity", "TimesDensity",
    "NormalSampler", "UniformSampler", "ExponentialSampler",
]


def _float(x):
    """x as a float array (a 0-d array for a number); results are returned with [()] so that a
    number in gives a NumPy float out."""
    return np.asarray(x, dtype=float)


def _g(x: float) -> str:
    return f"{x:g}"


# --- elementary functions with derivatives (chain rule) -------------------------------------------

class Affine:
    """x -> a x + b, derivative a."""

    def __init__(self, a: float, b: float = 0.0):
        self.a, self.b = float(a), float(b)

    def __call__(self, x):
        return (self.a * _float(x) + self.b)[()]

    def derivative(self, x):
        return np.full_like(_float(x), self.a)[()]

    def __repr__(self) -> str:
        return f"Affine({_g(self.a)}, {_g(self.b)})"


class Power:
    """x -> x**p, derivative p x**(p - 1) (for a non-integer p, x must be positive)."""

    def __init__(self, p: float):
        self.p = float(p)

    def __call__(self, x):
        return (_float(x) ** self.p)[()]

    def derivative(self, x):
        return (self.p * _float(x) ** (self.p - 1.0))[()]

    def __repr__(self) -> str:
        return f"Power({_g(self.p)})"


class Exp:
    """x -> exp(x), derivative exp(x)."""

    def __call__(self, x):
        return np.exp(_float(x))[()]

    def derivative(self, x):
        return np.exp(_float(x))[()]

    def __repr__(self) -> str:
        return "Exp()"


class Tanh:
    """x -> tanh(x), derivative 1 - tanh(x)**2."""

    def __call__(self, x):
        return np.tanh(_float(x))[()]

    def derivative(self, x):
        t = np.tanh(_float(x))
        return (1.0 - t * t)[()]

    def __repr__(self) -> str:
        return "Tanh()"


class Sigmoid:
    """x -> 1 / (1 + exp(-x)), derivative s(x) (1 - s(x))."""

    def __call__(self, x):
        x = _float(x)
        # exp of a negative number only: no overflow for large |x|
        e = np.exp(-np.abs(x))
        return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))[()]

    def derivative(self, x):
        s = _float(self(x))
        return (s * (1.0 - s))[()]

    def __repr__(self) -> str:
        return "Sigmoid()"


class Sin:
    """x -> sin(w x), derivative w cos(w x)."""

    def __init__(self, w: float = 1.0):
        self.w = float(w)

    def __call__(self, x):
        return np.sin(self.w * _float(x))[()]

    def derivative(self, x):
        return (self.w * np.cos(self.w * _float(x)))[()]

    def __repr__(self) -> str:
        return f"Sin({_g(self.w)})"


class Log:
    """x -> log(x) for x > 0, derivative 1 / x."""

    def __call__(self, x):
        return np.log(_float(x))[()]

    def derivative(self, x):
        return (1.0 / _float(x))[()]

    def __repr__(self) -> str:
        return "Log()"


# --- integrands and densities (quadrature, expectations) ------------------------------------------

class Polynomial:
    """x -> c[0] + c[1] x + c[2] x**2 + ... (coefficients in increasing degree), with its exact
    integral over [a, b]."""

    def __init__(self, coefficients):
        self.coefficients = tuple(float(c) for c in coefficients)

    def __call__(self, x):
        x = _float(x)
        total = np.zeros_like(x)
        for c in reversed(self.coefficients):   # Horner
            total = total * x + c
        return total[()]

    def integral(self, a: float, b: float) -> float:
        """The exact value of the integral of the polynomial from a to b."""
        def antiderivative(x):
            return sum(c * x ** (k + 1) / (k + 1) for k, c in enumerate(self.coefficients))
        return float(antiderivative(float(b)) - antiderivative(float(a)))

    def __repr__(self) -> str:
        return f"Polynomial({list(self.coefficients)})"


def gaussian_bump(x):
    """x -> exp(-x**2), smooth and not a polynomial."""
    x = _float(x)
    return np.exp(-x * x)[()]


def gaussian_bump_integral(a: float, b: float) -> float:
    """The exact integral of exp(-x**2) from a to b: (sqrt(pi) / 2) (erf(b) - erf(a))."""
    from math import erf, pi, sqrt
    return float(sqrt(pi) / 2 * (erf(b) - erf(a)))


class Indicator:
    """x -> 1.0 where x > threshold, else 0.0: its expectation is the probability P(X > threshold)."""

    def __init__(self, threshold: float):
        self.threshold = float(threshold)

    def __call__(self, x):
        return (_float(x) > self.threshold).astype(float)[()]

    def __repr__(self) -> str:
        return f"Indicator({_g(self.threshold)})"


class NormalDensity:
    """The density of the normal distribution N(mean, std**2)."""

    def __init__(self, mean: float = 0.0, std: float = 1.0):
        if not std > 0:
            raise ValueError("the standard deviation must be positive")
        self.mean, self.std = float(mean), float(std)

    def __call__(self, x):
        z = (_float(x) - self.mean) / self.std
        return (np.exp(-0.5 * z * z) / (self.std * np.sqrt(2.0 * np.pi)))[()]

    def __repr__(self) -> str:
        return f"NormalDensity({_g(self.mean)}, {_g(self.std)})"


class ExponentialDensity:
    """The density rate * exp(-rate x) for x >= 0 (0 for x < 0) of the exponential distribution."""

    def __init__(self, rate: float = 1.0):
        if not rate > 0:
            raise ValueError("the rate must be positive")
        self.rate = float(rate)

    def __call__(self, x):
        x = _float(x)
        with np.errstate(over="ignore"):
            return np.where(x >= 0, self.rate * np.exp(-self.rate * np.abs(x)), 0.0)[()]

    def __repr__(self) -> str:
        return f"ExponentialDensity({_g(self.rate)})"


class TimesDensity:
    """x -> f(x) p(x): integrating it gives the expectation E[f(X)] for X with density p."""

    def __init__(self, f, density):
        self.f, self.density = f, density

    def __call__(self, x):
        return (_float(self.f(x)) * _float(self.density(x)))[()]

    def __repr__(self) -> str:
        return f"TimesDensity({self.f!r}, {self.density!r})"


# --- samplers (Monte Carlo) -----------------------------------------------------------------------

class NormalSampler:
    """sampler(n, rng): n independent draws from N(mean, std**2), from rng only."""

    def __init__(self, mean: float = 0.0, std: float = 1.0):
        self.mean, self.std = float(mean), float(std)

    def __call__(self, n, rng):
        return rng.normal(self.mean, self.std, size=int(n))

    def __repr__(self) -> str:
        return f"NormalSampler({_g(self.mean)}, {_g(self.std)})"


class UniformSampler:
    """sampler(n, rng): n independent draws from the uniform distribution on [low, high)."""

    def __init__(self, low: float = 0.0, high: float = 1.0):
        self.low, self.high = float(low), float(high)

    def __call__(self, n, rng):
        return rng.uniform(self.low, self.high, size=int(n))

    def __repr__(self) -> str:
        return f"UniformSampler({_g(self.low)}, {_g(self.high)})"


class ExponentialSampler:
    """sampler(n, rng): n independent draws from the exponential distribution with this rate."""

    def __init__(self, rate: float = 1.0):
        self.rate = float(rate)

    def __call__(self, n, rng):
        return rng.exponential(1.0 / self.rate, size=int(n))

    def __repr__(self) -> str:
        return f"ExponentialSampler({_g(self.rate)})"
