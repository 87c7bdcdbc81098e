"""course/runtime/functions/optimisation.py: the objectives the optimisation tests hand to learner code are
right (exact gradients and Hessians against finite differences and SciPy), vectorise over rows, and
cross the grading-kernel boundary as plain data."""
from __future__ import annotations

import numpy as np
import pytest
from scipy import optimize

from course import remote
from course.runtime.functions.optimisation import (Bowl, Gradient, Hessian, LeastSquares, Logistic,
                                           Rosenbrock)


def _central_gradient(f, x, h=1e-6):
    x = np.asarray(x, dtype=float)
    E = np.eye(len(x)) * h
    return np.array([(f(x + e) - f(x - e)) / (2 * h) for e in E])


def _central_jacobian(g, x, h=1e-6):
    x = np.asarray(x, dtype=float)
    E = np.eye(len(x)) * h
    return np.array([(g(x + e) - g(x - e)) / (2 * h) for e in E]).T


def _objectives():
    rng = np.random.default_rng(23001)
    B = rng.normal(size=(4, 4))
    X = rng.normal(size=(30, 3))
    y_reg = X @ np.array([1.0, -2.0, 0.5]) + 0.1 * rng.normal(size=30)
    y_cls = np.where(X @ np.array([1.0, 1.0, -1.0]) + 0.5 * rng.normal(size=30) > 0, 1.0, -1.0)
    return {
        "bowl": (Bowl(B @ B.T + np.eye(4), rng.normal(size=4)), 4),
        "bowl-nonsymmetric-input": (Bowl(B + 3 * np.eye(4), rng.normal(size=4)), 4),
        "rosenbrock-2": (Rosenbrock(), 2),
        "rosenbrock-5": (Rosenbrock(a=1.5, b=20.0), 5),
        "least-squares": (LeastSquares(X, y_reg), 3),
        "logistic": (Logistic(X, y_cls, mu=0.05), 3),
    }


OBJECTIVES = _objectives()


@pytest.mark.parametrize("name", list(OBJECTIVES))
def test_gradient_matches_central_differences(name):
    f, n = OBJECTIVES[name]
    rng = np.random.default_rng(23002)
    for _ in range(3):
        x = rng.normal(size=n)
        np.testing.assert_allclose(f.gradient(x), _central_gradient(f, x), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("name", list(OBJECTIVES))
def test_hessian_matches_differences_of_the_gradient(name):
    f, n = OBJECTIVES[name]
    rng = np.random.default_rng(23003)
    for _ in range(3):
        x = rng.normal(size=n)
        H = f.hessian(x)
        assert H.shape == (n, n)
        np.testing.assert_allclose(H, H.T, atol=1e-12)
        np.testing.assert_allclose(H, _central_jacobian(f.gradient, x), rtol=1e-6, atol=1e-5)


@pytest.mark.parametrize("name", list(OBJECTIVES))
def test_value_and_gradient_vectorise_over_rows(name):
    f, n = OBJECTIVES[name]
    P = np.random.default_rng(23004).normal(size=(5, n))
    np.testing.assert_allclose(f(P), [f(p) for p in P], rtol=1e-12)
    np.testing.assert_allclose(f.gradient(P), [f.gradient(p) for p in P], rtol=1e-12, atol=1e-14)


def test_rosenbrock_matches_scipy():
    f = Rosenbrock()
    rng = np.random.default_rng(23005)
    for n in (2, 3, 6):
        x = rng.normal(size=n)
        assert f(x) == pytest.approx(optimize.rosen(x), rel=1e-12)
        np.testing.assert_allclose(f.gradient(x), optimize.rosen_der(x), rtol=1e-12)
        np.testing.assert_allclose(f.hessian(x), optimize.rosen_hess(x), rtol=1e-12)
    assert f(np.ones(4)) == 0.0 and not f.gradient(np.ones(4)).any()


def test_bowl_minimiser_and_symmetrisation():
    A = np.array([[3.0, 2.0], [0.0, 2.0]])          # symmetric part [[3, 1], [1, 2]]
    f = Bowl(A, [1.0, 1.0])
    np.testing.assert_allclose(f.A, [[3.0, 1.0], [1.0, 2.0]])
    np.testing.assert_allclose(f.minimiser(), [0.2, 0.4])
    np.testing.assert_allclose(f.gradient(f.minimiser()), 0.0, atol=1e-15)
    x = np.array([0.3, -1.2])
    assert f(x) == pytest.approx(0.5 * x @ A @ x - x.sum())
    with pytest.raises(ValueError):
        Bowl(np.ones((2, 3)), np.ones(2))
    with pytest.raises(ValueError):
        Bowl(np.eye(2), np.ones(3))


def test_least_squares_minimiser_is_lstsq():
    f, _ = OBJECTIVES["least-squares"]
    w, *_ = np.linalg.lstsq(f.X, f.y, rcond=None)
    np.testing.assert_allclose(f.gradient(w), 0.0, atol=1e-13)


def test_logistic_minimiser_matches_scipy():
    f, n = OBJECTIVES["logistic"]
    found = optimize.minimize(f, np.zeros(n), jac=f.gradient, hess=f.hessian, method="trust-exact",
                                options={"gtol": 1e-12})
    np.testing.assert_allclose(f.gradient(found.x), 0.0, atol=1e-8)
    # large margins must not overflow
    big = Logistic(np.array([[1000.0], [-1000.0]]), np.array([1.0, 1.0]), mu=0.0)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        assert np.isfinite(big(np.array([5.0]))) and np.isfinite(big.gradient(np.array([5.0]))).all()


def test_gradient_and_hessian_wrappers_cross_the_kernel_boundary():
    f, n = OBJECTIVES["bowl"]
    for wrapper, method in ((Gradient(f), f.gradient), (Hessian(f), f.hessian)):
        arrays: dict = {}
        spec = remote.encode(wrapper, arrays)
        assert spec["t"] == "instance"
        copy = remote.unpack(remote.pack(wrapper))
        assert type(copy) is type(wrapper) and copy is not wrapper
        x = np.arange(n, dtype=float)
        np.testing.assert_array_equal(copy(x), method(x))
    for obj in (Gradient(Rosenbrock(2.0, 5.0)), Hessian(Logistic(*OBJECTIVES["logistic"][0].__dict__.values()))):
        copy = remote.unpack(remote.pack(obj))
        x = np.array([0.5, -0.25, 1.0])[: 2 if isinstance(obj.objective, Rosenbrock) else 3]
        np.testing.assert_array_equal(copy(x), obj(x))
    assert "A of shape 4×4" in repr(Gradient(f))
