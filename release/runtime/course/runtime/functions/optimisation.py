"""Objectives for step 2, notebook 3 (optimisation): what the tests and plots hand to learner code.

Each objective is a small class whose attributes are plain data (arrays and numbers), with

* ``f(x)``           the value (a float),
* ``f.gradient(x)``  the exact gradient, shape (n,); vectorised: rows of a (k, n) array give (k, n),
* ``f.hessian(x)``   the exact Hessian, shape (n, n), for a single point x of shape (n,).

Learner functions receive the gradient and the Hessian as callables. A bound method such as
``f.gradient`` cannot cross to the grading kernel, so wrap the objective instead:
``Gradient(f)`` and ``Hessian(f)`` are instances of this package whose ``__call__`` evaluates the
gradient (the Hessian) of ``f``; they cross as their class name and attributes (course/remote.py).
Never hand learner code a lambda or a closure.
"""
from __future__ import annotations

import numpy as np

__all__ = ["Bowl", "Rosenbrock", "LeastSquares", "Logistic", "Gradient", "Hessian"]


def _shape(a) -> str:
    return "×".join(str(s) for s in np.shape(a)) or "scalar"


class Bowl:
    """The quadratic bowl f(x) = ½ xᵀAx − bᵀx with A symmetric: gradient Ax − b, Hessian A.

    A is symmetrised on construction, so any square A describes the quadratic ½ xᵀAx − bᵀx. When
    A is positive definite the unique minimiser is A⁻¹b.
    """

    def __init__(self, A, b):
        A = np.array(A, dtype=float)
        if A.ndim != 2 or A.shape[0] != A.shape[1]:
            raise ValueError(f"A must be square, got shape {A.shape}")
        b = np.array(b, dtype=float)
        if b.shape != (A.shape[0],):
            raise ValueError(f"b must have shape ({A.shape[0]},), got {b.shape}")
        self.A = (A + A.T) / 2
        self.b = b

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        return 0.5 * np.einsum("...i,ij,...j->...", x, self.A, x) - x @ self.b

    def gradient(self, x):
        return np.asarray(x, dtype=float) @ self.A - self.b   # A symmetric: row-wise A x − b

    def hessian(self, x=None):
        return self.A.copy()

    def minimiser(self):
        return np.linalg.solve(self.A, self.b)

    def __repr__(self) -> str:
        return f"Bowl(A of shape {_shape(self.A)}, b of shape {_shape(self.b)})"


class Rosenbrock:
    """f(x) = Σᵢ [ b (x_{i+1} − x_i²)² + (a − x_i)² ], i = 0 … n−2 (n ≥ 2); minimum 0 at (a, a², …)
    for n = 2 and at (1, …, 1) for a = 1. The classic banana valley: a = 1, b = 100."""

    def __init__(self, a=1.0, b=100.0):
        self.a = float(a)
        self.b = float(b)

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        head, tail = x[..., :-1], x[..., 1:]
        return np.sum(self.b * (tail - head ** 2) ** 2 + (self.a - head) ** 2, axis=-1)

    def gradient(self, x):
        x = np.asarray(x, dtype=float)
        head, tail = x[..., :-1], x[..., 1:]
        inner = tail - head ** 2
        g = np.zeros_like(x)
        g[..., :-1] += -4 * self.b * head * inner - 2 * (self.a - head)
        g[..., 1:] += 2 * self.b * inner
        return g

    def hessian(self, x):
        x = np.asarray(x, dtype=float)
        n = x.shape[-1]
        H = np.zeros((n, n))
        head, tail = x[:-1], x[1:]
        i = np.arange(n - 1)
        H[i, i] += 12 * self.b * head ** 2 - 4 * self.b * tail + 2
        H[i + 1, i + 1] += 2 * self.b
        H[i, i + 1] = H[i + 1, i] = -4 * self.b * head
        return H

    def __repr__(self) -> str:
        return f"Rosenbrock(a={self.a:g}, b={self.b:g})"


class LeastSquares:
    """The mean squared error of a linear model, f(w) = (1/N) ‖Xw − y‖²: gradient (2/N) Xᵀ(Xw − y),
    Hessian (2/N) XᵀX."""

    def __init__(self, X, y):
        self.X = np.array(X, dtype=float)
        self.y = np.array(y, dtype=float)

    def __call__(self, w):
        r = np.asarray(w, dtype=float) @ self.X.T - self.y
        return np.mean(r ** 2, axis=-1)

    def gradient(self, w):
        r = np.asarray(w, dtype=float) @ self.X.T - self.y
        return 2.0 / len(self.y) * r @ self.X

    def hessian(self, w=None):
        return 2.0 / len(self.y) * self.X.T @ self.X

    def __repr__(self) -> str:
        return f"LeastSquares(X of shape {_shape(self.X)}, y of shape {_shape(self.y)})"


class Logistic:
    """L2-regularised logistic regression with labels y ∈ {−1, +1}:
    f(w) = (1/N) Σᵢ log(1 + exp(−yᵢ xᵢᵀw)) + (mu/2) ‖w‖². Smooth and strictly convex for mu > 0."""

    def __init__(self, X, y, mu=0.1):
        self.X = np.array(X, dtype=float)
        self.y = np.array(y, dtype=float)
        self.mu = float(mu)

    def _margins(self, w):
        return (np.asarray(w, dtype=float) @ self.X.T) * self.y

    def __call__(self, w):
        w = np.asarray(w, dtype=float)
        return (np.mean(np.logaddexp(0.0, -self._margins(w)), axis=-1)
                + 0.5 * self.mu * np.sum(w ** 2, axis=-1))

    def gradient(self, w):
        w = np.asarray(w, dtype=float)
        s = 0.5 * (1.0 - np.tanh(0.5 * self._margins(w)))        # σ(−m), computed stably
        return -(s * self.y) @ self.X / len(self.y) + self.mu * w

    def hessian(self, w):
        m = self._margins(w)
        p = 0.5 * (1.0 - np.tanh(0.5 * m))
        weights = p * (1.0 - p) / len(self.y)
        return (self.X.T * weights) @ self.X + self.mu * np.eye(self.X.shape[1])

    def __repr__(self) -> str:
        return f"Logistic(X of shape {_shape(self.X)}, y of shape {_shape(self.y)}, mu={self.mu:g})"


class Gradient:
    """The gradient of an objective as a plain callable: ``Gradient(f)(x) == f.gradient(x)``."""

    def __init__(self, objective):
        self.objective = objective

    def __call__(self, x):
        return self.objective.gradient(x)

    def __repr__(self) -> str:
        return f"Gradient({self.objective!r})"


class Hessian:
    """The Hessian of an objective as a plain callable: ``Hessian(f)(x) == f.hessian(x)``."""

    def __init__(self, objective):
        self.objective = objective

    def __call__(self, x):
        return self.objective.hessian(x)

    def __repr__(self) -> str:
        return f"Hessian({self.objective!r})"
