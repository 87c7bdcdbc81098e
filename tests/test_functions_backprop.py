"""course/runtime/functions/backprop.py: derivatives, integrals, densities and samplers are what they claim.

References are independent of the module: scipy's adaptive finite differences
(scipy.differentiate.derivative), scipy.integrate.quad, scipy.special / scipy.stats, and the
remote encoding that carries the objects to a learner's kernel.
"""
from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import integrate, special, stats
from scipy.differentiate import derivative

from course import remote
from course.runtime.functions import backprop as bp

ELEMENTARY = [
    (bp.Affine(2.0, -1.0), (-5, 5)), (bp.Affine(-0.5, 3.0), (-5, 5)),
    (bp.Power(2.0), (-4, 4)), (bp.Power(3.0), (-3, 3)), (bp.Power(0.5), (0.1, 9)),
    (bp.Power(-1.0), (0.2, 5)), (bp.Exp(), (-4, 4)), (bp.Tanh(), (-5, 5)), (bp.Sigmoid(), (-12, 12)),
    (bp.Sin(1.0), (-7, 7)), (bp.Sin(2.5), (-3, 3)), (bp.Log(), (0.1, 20)),
]


@pytest.mark.parametrize("f,interval", ELEMENTARY, ids=lambda v: repr(v))
def test_derivative_is_exact(f, interval):
    x = np.linspace(*interval, 37)
    result = derivative(f, x, initial_step=0.05, tolerances={"rtol": 1e-12, "atol": 1e-13})
    assert np.all(result.success), f
    np.testing.assert_allclose(f.derivative(x), result.df, rtol=1e-9, atol=1e-10)


@pytest.mark.parametrize("f,interval", ELEMENTARY, ids=lambda v: repr(v))
def test_scalars_in_scalars_out_and_arrays_keep_their_shape(f, interval):
    x = float(np.mean(interval))
    assert np.ndim(f(x)) == 0 and np.ndim(f.derivative(x)) == 0
    grid = np.linspace(*interval, 12).reshape(3, 4)
    assert f(grid).shape == (3, 4) and f.derivative(grid).shape == (3, 4)


def test_closed_forms():
    x = np.linspace(-30, 30, 121)
    np.testing.assert_allclose(bp.Sigmoid()(x), special.expit(x), rtol=1e-14)
    np.testing.assert_allclose(bp.Tanh()(x), np.tanh(x), rtol=1e-15)
    np.testing.assert_allclose(bp.Affine(2.0, -1.0)(x), 2 * x - 1, rtol=1e-15)
    np.testing.assert_allclose(bp.Polynomial([1.0, -2.0, 0.0, 1.0])(x), x ** 3 - 2 * x + 1, rtol=1e-13)
    with np.errstate(over="raise", invalid="raise"):
        assert np.all(np.isfinite(bp.Sigmoid()(np.array([-800.0, 800.0]))))


def test_polynomial_integral_matches_quad():
    rng = np.random.default_rng(0)
    for _ in range(5):
        p = bp.Polynomial(rng.normal(size=5))
        a, b = sorted(rng.uniform(-3, 3, size=2))
        assert p.integral(a, b) == pytest.approx(integrate.quad(p, a, b)[0], rel=1e-12, abs=1e-12)
        assert p.integral(b, a) == pytest.approx(-p.integral(a, b), rel=1e-14)


def test_gaussian_bump_integral_matches_quad():
    for a, b in [(0.0, 2.0), (-1.5, 0.5), (-4.0, 4.0)]:
        assert bp.gaussian_bump_integral(a, b) == pytest.approx(
            integrate.quad(bp.gaussian_bump, a, b)[0], rel=1e-12)


def test_densities_match_scipy_and_integrate_to_one():
    x = np.linspace(-6, 8, 57)
    np.testing.assert_allclose(bp.NormalDensity(1.0, 2.0)(x), stats.norm(1.0, 2.0).pdf(x), rtol=1e-13)
    np.testing.assert_allclose(bp.ExponentialDensity(1.5)(x), stats.expon(scale=1 / 1.5).pdf(x),
                               rtol=1e-13, atol=1e-300)
    assert integrate.quad(bp.NormalDensity(1.0, 2.0), -np.inf, np.inf)[0] == pytest.approx(1.0, rel=1e-10)
    assert integrate.quad(bp.ExponentialDensity(1.5), 0, np.inf)[0] == pytest.approx(1.0, rel=1e-10)


def test_expectation_integrands():
    """The expectations the tests of notebook 4 rely on, computed by quad."""
    e_x2 = integrate.quad(bp.TimesDensity(bp.Power(2.0), bp.NormalDensity(1.0, 2.0)), -np.inf, np.inf)[0]
    assert e_x2 == pytest.approx(5.0, rel=1e-10)
    e_exp = integrate.quad(bp.TimesDensity(bp.Exp(), bp.NormalDensity(0.0, 1.0)), -30, 30)[0]
    assert e_exp == pytest.approx(math.exp(0.5), rel=1e-10)
    p = integrate.quad(bp.TimesDensity(bp.Indicator(1.0), bp.NormalDensity()), 1.0, np.inf)[0]
    assert p == pytest.approx(stats.norm.sf(1.0), rel=1e-10)
    e_sin = integrate.quad(bp.TimesDensity(bp.Sin(1.0), bp.ExponentialDensity(1.0)), 0, np.inf, limit=200)[0]
    assert e_sin == pytest.approx(0.5, rel=1e-8)
    e_tanh = integrate.quad(bp.TimesDensity(bp.Tanh(), bp.NormalDensity(0.5, 1.0)), -np.inf, np.inf)[0]
    assert e_tanh == pytest.approx(0.2954528770517375, rel=1e-10)


@pytest.mark.parametrize("sampler,dist", [
    (bp.NormalSampler(1.0, 2.0), stats.norm(1.0, 2.0)),
    (bp.UniformSampler(-1.0, 3.0), stats.uniform(-1.0, 4.0)),
    (bp.ExponentialSampler(2.0), stats.expon(scale=0.5)),
])
def test_samplers_draw_from_their_distribution_and_only_from_rng(sampler, dist):
    x = sampler(20000, np.random.default_rng(1))
    assert x.shape == (20000,)
    assert stats.kstest(x, dist.cdf).pvalue > 1e-4
    np.testing.assert_array_equal(x, sampler(20000, np.random.default_rng(1)))   # reproducible


@pytest.mark.parametrize("obj", [bp.Affine(2.0, -1.0), bp.Power(0.5), bp.Tanh(), bp.Polynomial([1, 2]),
                                 bp.TimesDensity(bp.Exp(), bp.NormalDensity(0.0, 1.0)),
                                 bp.NormalSampler(0.5, 2.0), bp.Indicator(1.0), bp.gaussian_bump])
def test_objects_cross_to_the_kernel_intact(obj):
    copy = remote.unpack(remote.pack(obj))
    assert type(copy) is type(obj) or copy is obj
    x = np.linspace(0.2, 2.0, 7)
    if isinstance(obj, (bp.NormalSampler,)):
        np.testing.assert_array_equal(copy(5, np.random.default_rng(3)), obj(5, np.random.default_rng(3)))
    else:
        np.testing.assert_array_equal(copy(x), obj(x))
