"""Scalar test functions for Step 2 · Notebook 1 (derivatives), each with its exact derivative.

Every function is a vectorised NumPy function of x (a float or an array of any shape, returned
with the same shape), defined at module level so that a test can hand it to learner code by name.
`<name>_prime` is the exact first derivative of `<name>`; a few also have `<name>_second` (used
as the truncation-error constant of a difference quotient in the notebook's plots).
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "line", "line_prime",
    "square", "square_prime",
    "cube", "cube_prime", "cube_second",
    "cubic", "cubic_prime", "cubic_second",
    "exponential", "exponential_prime",
    "sine", "sine_prime",
    "cosine", "cosine_prime",
    "wiggle", "wiggle_prime",
    "sigmoid", "sigmoid_prime",
    "softplus", "softplus_prime",
    "natural_log", "natural_log_prime",
]


def line(x):
    """f(x) = 3x + 1."""
    return 3.0 * np.asarray(x, dtype=float) + 1.0


def line_prime(x):
    """f'(x) = 3 for f(x) = 3x + 1."""
    return np.full_like(np.asarray(x, dtype=float), 3.0)[()]


def square(x):
    """f(x) = x²."""
    x = np.asarray(x, dtype=float)
    return (x * x)[()]


def square_prime(x):
    """f'(x) = 2x for f(x) = x²."""
    return (2.0 * np.asarray(x, dtype=float))[()]


def cube(x):
    """f(x) = x³."""
    x = np.asarray(x, dtype=float)
    return (x * x * x)[()]


def cube_prime(x):
    """f'(x) = 3x² for f(x) = x³."""
    x = np.asarray(x, dtype=float)
    return (3.0 * x * x)[()]


def cube_second(x):
    """f''(x) = 6x for f(x) = x³."""
    return (6.0 * np.asarray(x, dtype=float))[()]


def cubic(x):
    """f(x) = 2x³ − 3x² + x − 5."""
    x = np.asarray(x, dtype=float)
    return (((2.0 * x - 3.0) * x + 1.0) * x - 5.0)[()]


def cubic_prime(x):
    """f'(x) = 6x² − 6x + 1 for f(x) = 2x³ − 3x² + x − 5."""
    x = np.asarray(x, dtype=float)
    return ((6.0 * x - 6.0) * x + 1.0)[()]


def cubic_second(x):
    """f''(x) = 12x − 6 for f(x) = 2x³ − 3x² + x − 5."""
    return (12.0 * np.asarray(x, dtype=float) - 6.0)[()]


def exponential(x):
    """f(x) = eˣ."""
    return np.exp(np.asarray(x, dtype=float))[()]


def exponential_prime(x):
    """f'(x) = eˣ."""
    return np.exp(np.asarray(x, dtype=float))[()]


def sine(x):
    """f(x) = sin x."""
    return np.sin(np.asarray(x, dtype=float))[()]


def sine_prime(x):
    """f'(x) = cos x for f(x) = sin x."""
    return np.cos(np.asarray(x, dtype=float))[()]


def cosine(x):
    """f(x) = cos x."""
    return np.cos(np.asarray(x, dtype=float))[()]


def cosine_prime(x):
    """f'(x) = −sin x for f(x) = cos x."""
    return (-np.sin(np.asarray(x, dtype=float)))[()]


def wiggle(x):
    """f(x) = sin(3x) · exp(−x²/4): a smooth bump that oscillates."""
    x = np.asarray(x, dtype=float)
    return (np.sin(3.0 * x) * np.exp(-x * x / 4.0))[()]


def wiggle_prime(x):
    """f'(x) = (3 cos(3x) − (x/2) sin(3x)) · exp(−x²/4)."""
    x = np.asarray(x, dtype=float)
    return ((3.0 * np.cos(3.0 * x) - 0.5 * x * np.sin(3.0 * x)) * np.exp(-x * x / 4.0))[()]


def sigmoid(x):
    """f(x) = 1 / (1 + e⁻ˣ), computed without overflow for large |x|."""
    x = np.asarray(x, dtype=float)
    z = np.exp(-np.abs(x))
    return np.where(x >= 0, 1.0 / (1.0 + z), z / (1.0 + z))[()]


def sigmoid_prime(x):
    """f'(x) = σ(x) (1 − σ(x)) for the sigmoid σ."""
    x = np.asarray(x, dtype=float)
    z = np.exp(-np.abs(x))
    return (z / (1.0 + z) ** 2)[()]


def softplus(x):
    """f(x) = log(1 + eˣ), computed without overflow for large x."""
    return np.logaddexp(0.0, np.asarray(x, dtype=float))[()]


def softplus_prime(x):
    """f'(x) = σ(x), the sigmoid: the derivative of softplus."""
    return sigmoid(x)


def natural_log(x):
    """f(x) = ln x (for x > 0)."""
    return np.log(np.asarray(x, dtype=float))[()]


def natural_log_prime(x):
    """f'(x) = 1 / x for f(x) = ln x."""
    return (1.0 / np.asarray(x, dtype=float))[()]
