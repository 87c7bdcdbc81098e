"""course/runtime/functions/derivatives.py: every `<name>_prime` (and `<name>_second`) is the exact derivative.

References are independent of the module: scipy's adaptive finite differences
(scipy.differentiate.derivative; Richardson-extrapolated central differences on scipy < 1.15),
closed forms from scipy.special, and plain NumPy formulas.
"""
from __future__ import annotations

import numpy as np
import pytest
from scipy.special import expit, log_expit

try:                                   # scipy >= 1.15
    from scipy.differentiate import derivative as _scipy_derivative
except ImportError:                    # older scipy: Richardson extrapolation of central differences
    _scipy_derivative = None

from course.runtime.functions import derivatives as d

PAIRS = [
    ("line", (-5, 5)), ("square", (-5, 5)), ("cube", (-5, 5)), ("cubic", (-5, 5)),
    ("exponential", (-3, 3)), ("sine", (-7, 7)), ("cosine", (-7, 7)), ("wiggle", (-5, 5)),
    ("sigmoid", (-10, 10)), ("softplus", (-10, 10)), ("natural_log", (0.2, 20)),
]


def _points(interval, n=41):
    return np.linspace(*interval, n)


def _reference_derivative(f, x):
    """f'(x) to about 1e-11, independently of the module's formulas."""
    if _scipy_derivative is not None:
        result = _scipy_derivative(f, x, initial_step=0.1, tolerances={"rtol": 1e-12, "atol": 1e-13})
        assert np.all(result.success)
        return result.df
    h = 0.05
    table = [(f(x + h / 2**k) - f(x - h / 2**k)) / (2 * h / 2**k) for k in range(5)]
    for level in range(1, 5):       # eliminate the h^2, h^4, ... error terms in turn
        factor = 4.0**level
        table = [(factor * table[i + 1] - table[i]) / (factor - 1) for i in range(len(table) - 1)]
    return table[0]


@pytest.mark.parametrize("name,interval", PAIRS)
def test_prime_is_the_derivative(name, interval):
    f, f_prime = getattr(d, name), getattr(d, name + "_prime")
    x = _points(interval)
    np.testing.assert_allclose(f_prime(x), _reference_derivative(f, x), rtol=1e-9, atol=1e-10)


@pytest.mark.parametrize("name", ["cube", "cubic"])
def test_second_is_the_second_derivative(name):
    f_prime, f_second = getattr(d, name + "_prime"), getattr(d, name + "_second")
    x = _points((-5, 5))
    np.testing.assert_allclose(f_second(x), _reference_derivative(f_prime, x), rtol=1e-9, atol=1e-10)


def test_closed_forms():
    x = np.linspace(-40, 40, 161)
    np.testing.assert_allclose(d.sigmoid(x), expit(x), rtol=1e-14, atol=0)
    np.testing.assert_allclose(d.softplus(x), -log_expit(-x), rtol=1e-14, atol=1e-300)
    np.testing.assert_allclose(d.sigmoid_prime(x), expit(x) * expit(-x), rtol=1e-13, atol=1e-300)
    np.testing.assert_allclose(d.softplus_prime(x), expit(x), rtol=1e-14)
    y = np.linspace(-3, 3, 25)
    np.testing.assert_allclose(d.wiggle(y), np.sin(3 * y) * np.exp(-y**2 / 4), rtol=1e-15)
    np.testing.assert_allclose(d.cubic(y), 2 * y**3 - 3 * y**2 + y - 5, rtol=1e-13, atol=1e-13)
    np.testing.assert_allclose(d.line(y), 3 * y + 1, rtol=1e-15)


def test_no_overflow_warnings_at_extremes():
    with np.errstate(over="raise", invalid="raise", divide="raise", under="ignore"):
        x = np.array([-800.0, -50.0, 0.0, 50.0, 800.0])
        assert np.all(np.isfinite(d.sigmoid(x))) and np.all(np.isfinite(d.sigmoid_prime(x)))
        assert np.all(np.isfinite(d.softplus(x)))


@pytest.mark.parametrize("name", d.__all__)
def test_shapes_and_scalars(name):
    """Scalars in give NumPy scalars out; arrays keep their shape; integers are accepted."""
    f = getattr(d, name)
    positive = name.startswith("natural_log")
    scalar = f(2.0 if positive else 0.5)
    assert np.ndim(scalar) == 0 and np.isfinite(scalar)
    x = np.arange(1, 7).reshape(2, 3) if positive else np.arange(-3, 3).reshape(2, 3)
    out = f(x)
    assert out.shape == (2, 3) and out.dtype == np.float64
    np.testing.assert_allclose(out, f(x.astype(float)))
    assert f(2 if positive else 1) == f(2.0 if positive else 1.0)


def test_everything_is_module_level_and_exported():
    for name in d.__all__:
        obj = getattr(d, name)
        assert callable(obj) and obj.__module__ == d.__name__ and obj.__qualname__ == name
