"""course.runtime.functions.gradients: every exact gradient, Jacobian and Hessian is right.

References are SciPy where it has the function (Rosenbrock, log-sum-exp, softmax, the sigmoid) and
central finite differences otherwise; the instances and functions must also cross the grading
kernel boundary intact.
"""
from __future__ import annotations

import numpy as np
import pytest
from scipy import optimize, special

from course import remote
from course.runtime.functions import gradients as G

RNG = np.random.default_rng(20502)


def _fd_jacobian(F, x, h=1e-6):
    """Central differences: column j is (F(x + h e_j) - F(x - h e_j)) / 2h; shape (m, n)."""
    x = np.asarray(x, dtype=float)
    cols = []
    for j in range(len(x)):
        e = np.zeros_like(x)
        e[j] = h
        cols.append((np.atleast_1d(F(x + e)) - np.atleast_1d(F(x - e))) / (2 * h))
    return np.stack(cols, axis=-1)


SCALAR = [  # (f, gradient, hessian, dimension)
    (G.rosenbrock, G.rosenbrock_gradient, G.rosenbrock_hessian, 2),
    (G.rosenbrock, G.rosenbrock_gradient, G.rosenbrock_hessian, 5),
    (G.himmelblau, G.himmelblau_gradient, G.himmelblau_hessian, 2),
    (G.softplus_sum, G.softplus_sum_gradient, G.softplus_sum_hessian, 4),
    (G.log_sum_exp, G.log_sum_exp_gradient, G.log_sum_exp_hessian, 4),
]


@pytest.mark.parametrize("f,grad,hess,n", SCALAR, ids=lambda v: getattr(v, "__name__", str(v)))
def test_gradients_and_hessians_match_finite_differences(f, grad, hess, n):
    for _ in range(5):
        x = RNG.uniform(-2, 2, size=n)
        scale = max(1.0, np.abs(grad(x)).max())
        np.testing.assert_allclose(grad(x), _fd_jacobian(f, x)[0], rtol=1e-6, atol=1e-6 * scale)
        H = hess(x)
        assert H.shape == (n, n) and np.array_equal(H, H.T)
        np.testing.assert_allclose(H, _fd_jacobian(grad, x), rtol=1e-6,
                                   atol=1e-6 * max(1.0, np.abs(H).max()))


def test_rosenbrock_equals_scipy():
    for n in (2, 3, 6):
        x = RNG.normal(size=n)
        assert np.isclose(G.rosenbrock(x), optimize.rosen(x), rtol=1e-13)
        np.testing.assert_allclose(G.rosenbrock_gradient(x), optimize.rosen_der(x), rtol=1e-12)
        np.testing.assert_allclose(G.rosenbrock_hessian(x), optimize.rosen_hess(x), rtol=1e-12)
    assert G.rosenbrock([1.0, 1.0, 1.0]) == 0.0
    assert not G.rosenbrock_gradient([1.0, 1.0]).any()


def test_softplus_logsumexp_softmax_equal_scipy_and_do_not_overflow():
    x = np.array([-800.0, -3.0, 0.0, 2.5, 800.0])
    assert np.isclose(G.log_sum_exp(x), special.logsumexp(x), rtol=1e-14)
    np.testing.assert_allclose(G.softmax(x), special.softmax(x), rtol=1e-12, atol=1e-300)
    np.testing.assert_allclose(G.softplus_sum_gradient(x), special.expit(x), rtol=1e-12)
    assert np.isclose(G.softplus_sum(x), np.sum(np.log1p(np.exp(x[:-1]))) + 800.0, rtol=1e-14)
    assert np.all(np.isfinite(G.softmax_jacobian(x)))


def test_himmelblau_has_its_four_minima():
    for point in ([3.0, 2.0], [-2.805118, 3.131312], [-3.779310, -3.283186], [3.584428, -1.848126]):
        assert G.himmelblau(point) < 1e-9
        assert np.abs(G.himmelblau_gradient(point)).max() < 1e-4
        assert np.all(np.linalg.eigvalsh(G.himmelblau_hessian(point)) > 0)


@pytest.mark.parametrize("F,J,n", [(G.vector_field, G.vector_field_jacobian, 3),
                                   (G.polar_to_cartesian, G.polar_to_cartesian_jacobian, 2),
                                   (G.softmax, G.softmax_jacobian, 4)])
def test_jacobians_match_finite_differences(F, J, n):
    for _ in range(5):
        x = RNG.uniform(0.2, 2, size=n)
        np.testing.assert_allclose(J(x), _fd_jacobian(F, x), rtol=1e-6, atol=1e-8)


def test_polar_jacobian_determinant_is_r():
    r, theta = 2.5, 0.7
    assert np.isclose(np.linalg.det(G.polar_to_cartesian_jacobian([r, theta])), r)


def test_quadratic_with_a_non_symmetric_matrix():
    A = RNG.normal(size=(4, 4))
    q = G.Quadratic(A, RNG.normal(size=4), 1.5)
    x = RNG.normal(size=4)
    assert np.isclose(q(x), x @ A @ x + q.b @ x + 1.5)
    np.testing.assert_allclose(q.gradient(x), _fd_jacobian(q, x)[0], rtol=1e-7, atol=1e-7)
    np.testing.assert_allclose(q.gradient(x), (A + A.T) @ x + q.b)
    np.testing.assert_allclose(q.gradient_map()(x), q.gradient(x))
    np.testing.assert_allclose(q.hessian(), A + A.T)
    with pytest.raises(ValueError):
        G.Quadratic(np.ones((2, 3)))


def test_linear_map_and_tanh_layer_jacobians():
    W, b = RNG.normal(size=(3, 5)), RNG.normal(size=3)
    x = RNG.normal(size=5)
    np.testing.assert_allclose(G.LinearMap(W, b)(x), W @ x + b)
    np.testing.assert_allclose(G.LinearMap(W, b).jacobian(), W)
    layer = G.TanhLayer(W, b)
    np.testing.assert_allclose(layer(x), np.tanh(W @ x + b))
    np.testing.assert_allclose(layer.jacobian(x), _fd_jacobian(layer, x), rtol=1e-6, atol=1e-9)


def test_scaled_multiplies():
    x = np.array([-1.2, 1.0])
    np.testing.assert_allclose(G.Scaled(G.rosenbrock_gradient, 2.0)(x), 2 * G.rosenbrock_gradient(x))


def test_grid_evaluation_matches_pointwise():
    xs, ys = np.meshgrid(np.linspace(-2, 2, 5), np.linspace(-1, 3, 4))
    grid = np.stack([xs, ys])
    q = G.Quadratic([[1.0, 2.0], [0.0, 3.0]], [1.0, -1.0], 0.5)
    for f, grad in [(G.rosenbrock, G.rosenbrock_gradient), (G.himmelblau, G.himmelblau_gradient),
                    (G.log_sum_exp, G.log_sum_exp_gradient),
                    (G.softplus_sum, G.softplus_sum_gradient), (q, q.gradient)]:
        values, grads = f(grid), grad(grid)
        assert values.shape == xs.shape and grads.shape == grid.shape
        for i, j in [(0, 0), (2, 3), (3, 1)]:
            assert np.isclose(values[i, j], f(grid[:, i, j]), rtol=1e-12)
            np.testing.assert_allclose(grads[:, i, j], grad(grid[:, i, j]), rtol=1e-12)


def test_everything_crosses_the_kernel_boundary():
    q = G.Quadratic([[1.0, 2.0], [0.0, 3.0]], [1.0, -1.0], 0.5)
    x = np.array([0.3, -0.7])
    objects = [G.rosenbrock, G.rosenbrock_gradient, q, q.gradient_map(),
               G.TanhLayer(np.ones((3, 2)), [0.1, 0.2, 0.3]),
               G.Scaled(G.rosenbrock_gradient, 2.0), G.Scaled(q.gradient_map(), -1.0)]
    for obj, point in [(G.vector_field, np.array([0.3, -0.7, 1.1]))] + [(o, x) for o in objects]:
        back = remote.unpack(remote.pack(obj))
        assert type(back) is type(obj) or back is obj
        np.testing.assert_array_equal(np.asarray(back(point)), np.asarray(obj(point)))
