"""Test functions for Step 2 · Notebook 2 (gradients, Jacobians, Hessians), with exact derivatives.

Scalar functions f: R^n -> R take a 1-D array x of length n. They also accept an array of shape
(n, ...) (a grid of points stacked along axis 0) and then return one value per point, so a plot can
evaluate them on a mesh; the same holds for their gradients, which return shape (n, ...). Hessians
and Jacobians take a single point, shape (n,).

Parametrised functions are small classes whose attributes are plain data (arrays, floats, or other
course functions), so an instance crosses to the grading kernel as its class name and attributes
(see course/remote.py). Bound methods do not cross: to hand a learner the gradient of a
`Quadratic`, pass `q.gradient_map()` (a `LinearMap`), not `q.gradient`.
"""
from __future__ import annotations

import numpy as np

__all__ = [
    "rosenbrock", "rosenbrock_gradient", "rosenbrock_hessian",
    "himmelblau", "himmelblau_gradient", "himmelblau_hessian",
    "softplus_sum", "softplus_sum_gradient", "softplus_sum_hessian",
    "log_sum_exp", "log_sum_exp_gradient", "log_sum_exp_hessian",
    "softmax", "softmax_jacobian",
    "vector_field", "vector_field_jacobian",
    "polar_to_cartesian", "polar_to_cartesian_jacobian",
    "Quadratic", "LinearMap", "TanhLayer", "Scaled",
]


def _points(x) -> np.ndarray:
    return np.asarray(x, dtype=float)


def _point(x) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError(f"expected a single point of shape (n,), got shape {x.shape}")
    return x


# --- Rosenbrock: the banana-shaped valley, minimum 0 at (1, ..., 1) -------------------------------

def rosenbrock(x):
    """sum_i 100 (x_{i+1} - x_i^2)^2 + (1 - x_i)^2 for x of length n >= 2."""
    x = _points(x)
    return np.sum(100.0 * (x[1:] - x[:-1] ** 2) ** 2 + (1.0 - x[:-1]) ** 2, axis=0)


def rosenbrock_gradient(x):
    """Exact gradient of `rosenbrock`, same shape as x."""
    x = _points(x)
    g = np.zeros_like(x)
    inner = x[1:] - x[:-1] ** 2
    g[:-1] += -400.0 * x[:-1] * inner - 2.0 * (1.0 - x[:-1])
    g[1:] += 200.0 * inner
    return g


def rosenbrock_hessian(x):
    """Exact Hessian of `rosenbrock` at one point, shape (n, n)."""
    x = _point(x)
    n = len(x)
    H = np.zeros((n, n))
    i = np.arange(n - 1)
    H[i, i] += 1200.0 * x[:-1] ** 2 - 400.0 * x[1:] + 2.0
    H[i + 1, i + 1] += 200.0
    H[i, i + 1] = H[i + 1, i] = -400.0 * x[:-1]
    return H


# --- Himmelblau: four minima in the plane ----------------------------------------------------------

def himmelblau(x):
    """(x0^2 + x1 - 11)^2 + (x0 + x1^2 - 7)^2 for x of length 2."""
    x = _points(x)
    return (x[0] ** 2 + x[1] - 11.0) ** 2 + (x[0] + x[1] ** 2 - 7.0) ** 2


def himmelblau_gradient(x):
    """Exact gradient of `himmelblau`, same shape as x."""
    x = _points(x)
    a = x[0] ** 2 + x[1] - 11.0
    b = x[0] + x[1] ** 2 - 7.0
    return np.stack([4.0 * x[0] * a + 2.0 * b, 2.0 * a + 4.0 * x[1] * b])


def himmelblau_hessian(x):
    """Exact Hessian of `himmelblau` at one point, shape (2, 2)."""
    x0, x1 = _point(x)
    off = 4.0 * (x0 + x1)
    return np.array([[12.0 * x0 ** 2 + 4.0 * x1 - 42.0, off],
                     [off, 12.0 * x1 ** 2 + 4.0 * x0 - 26.0]])


# --- softplus sum: the loss of logistic regression, coordinate by coordinate --------------------------

def softplus_sum(x):
    """sum_i log(1 + exp(x_i)), computed without overflow."""
    return np.sum(np.logaddexp(0.0, _points(x)), axis=0)


def _sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def softplus_sum_gradient(x):
    """Exact gradient of `softplus_sum`: the logistic sigmoid of each coordinate."""
    return _sigmoid(_points(x))


def softplus_sum_hessian(x):
    """Exact Hessian of `softplus_sum`: diagonal, with sigma(x_i) (1 - sigma(x_i))."""
    s = _sigmoid(_point(x))
    return np.diag(s * (1.0 - s))


# --- log-sum-exp and softmax ---------------------------------------------------------------------

def log_sum_exp(x):
    """log sum_i exp(x_i), computed without overflow (a smooth maximum)."""
    x = _points(x)
    m = np.max(x, axis=0)
    return m + np.log(np.sum(np.exp(x - m), axis=0))


def softmax(x):
    """exp(x_i) / sum_j exp(x_j): R^n -> R^n, the gradient of `log_sum_exp`."""
    x = _points(x)
    e = np.exp(x - np.max(x, axis=0))
    return e / np.sum(e, axis=0)


def log_sum_exp_gradient(x):
    """Exact gradient of `log_sum_exp`: the softmax of x."""
    return softmax(x)


def softmax_jacobian(x):
    """Exact Jacobian of `softmax` at one point: diag(p) - p p^T, shape (n, n)."""
    p = softmax(_point(x))
    return np.diag(p) - np.outer(p, p)


def log_sum_exp_hessian(x):
    """Exact Hessian of `log_sum_exp` (= the Jacobian of softmax), shape (n, n)."""
    return softmax_jacobian(x)


# --- vector-valued functions -----------------------------------------------------------------------

def vector_field(x):
    """F: R^3 -> R^2, F(x) = (x0^2 x1 + sin x2, x1 exp(-x0) - x2^2)."""
    x0, x1, x2 = _points(x)
    return np.stack([x0 ** 2 * x1 + np.sin(x2), x1 * np.exp(-x0) - x2 ** 2])


def vector_field_jacobian(x):
    """Exact Jacobian of `vector_field` at one point, shape (2, 3)."""
    x0, x1, x2 = _point(x)
    e = np.exp(-x0)
    return np.array([[2.0 * x0 * x1, x0 ** 2, np.cos(x2)],
                     [-x1 * e, e, -2.0 * x2]])


def polar_to_cartesian(x):
    """(r, theta) -> (r cos theta, r sin theta)."""
    r, theta = _points(x)
    return np.stack([r * np.cos(theta), r * np.sin(theta)])


def polar_to_cartesian_jacobian(x):
    """Exact Jacobian of `polar_to_cartesian`, shape (2, 2); its determinant is r."""
    r, theta = _point(x)
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -r * s], [s, r * c]])


# --- parametrised functions (plain-data attributes, so instances cross to the kernel) --------------

class Quadratic:
    """f(x) = x^T A x + b^T x + c for a square (not necessarily symmetric) A."""

    def __init__(self, A, b=None, c=0.0):
        self.A = np.array(A, dtype=float)
        n = self.A.shape[0]
        if self.A.ndim != 2 or self.A.shape != (n, n):
            raise ValueError(f"A must be square, got shape {self.A.shape}")
        self.b = np.zeros(n) if b is None else np.array(b, dtype=float)
        self.c = float(c)

    def __call__(self, x):
        x = _points(x)
        if x.ndim == 1:   # the common case, kept fast: tests call this thousands of times
            return float(x @ self.A @ x + self.b @ x + self.c)
        return (np.einsum("i...,ij,j...->...", x, self.A, x)
                + np.tensordot(self.b, x, axes=(0, 0)) + self.c)

    def gradient(self, x):
        """(A + A^T) x + b, same shape as x."""
        x = _points(x)
        S = self.A + self.A.T
        return np.tensordot(S, x, axes=(1, 0)) + self.b.reshape(self.b.shape + (1,) * (x.ndim - 1))

    def hessian(self, x=None):
        """A + A^T (the same at every point)."""
        return self.A + self.A.T

    def gradient_map(self):
        """The gradient as a callable that crosses to the grading kernel: LinearMap(A + A^T, b)."""
        return LinearMap(self.A + self.A.T, self.b)

    def __repr__(self) -> str:
        return f"Quadratic(A={self.A.tolist()}, b={self.b.tolist()}, c={self.c})"


class LinearMap:
    """F(x) = A x + b: R^n -> R^m. Its Jacobian is A everywhere."""

    def __init__(self, A, b=None):
        self.A = np.array(A, dtype=float)
        if self.A.ndim != 2:
            raise ValueError(f"A must be a matrix, got shape {self.A.shape}")
        self.b = np.zeros(self.A.shape[0]) if b is None else np.array(b, dtype=float)

    def __call__(self, x):
        x = _points(x)
        if x.ndim == 1:
            return self.A @ x + self.b
        return (np.tensordot(self.A, x, axes=(1, 0))
                + self.b.reshape(self.b.shape + (1,) * (x.ndim - 1)))

    def jacobian(self, x=None):
        return self.A.copy()

    def __repr__(self) -> str:
        return f"LinearMap(A={self.A.tolist()}, b={self.b.tolist()})"


class TanhLayer:
    """One neural-network layer F(x) = tanh(W x + b): R^n -> R^m."""

    def __init__(self, W, b=None):
        self.W = np.array(W, dtype=float)
        if self.W.ndim != 2:
            raise ValueError(f"W must be a matrix, got shape {self.W.shape}")
        self.b = np.zeros(self.W.shape[0]) if b is None else np.array(b, dtype=float)

    def __call__(self, x):
        return np.tanh(self.W @ _point(x) + self.b)

    def jacobian(self, x):
        """diag(1 - tanh(Wx + b)^2) W, shape (m, n)."""
        y = self(x)
        return (1.0 - y ** 2)[:, None] * self.W

    def __repr__(self) -> str:
        return f"TanhLayer(W={self.W.tolist()}, b={self.b.tolist()})"


class Scaled:
    """x -> factor * func(x): e.g. a gradient that is off by a constant factor (a deliberate bug)."""

    def __init__(self, func, factor):
        self.func = func
        self.factor = float(factor)

    def __call__(self, x):
        return self.factor * np.asarray(self.func(x), dtype=float)

    def __repr__(self) -> str:
        name = getattr(self.func, "__name__", None) or repr(self.func)
        return f"Scaled({name}, {self.factor:g})"


class PointsOnly:
    """func restricted to single points: calling it with anything but a 1-D array (a grid of points,
    a matrix of shifted points) raises ValueError. Tests hand it to code whose task says "call f
    only with 1-D arrays of length n", so a vectorised call over many points is named."""

    def __init__(self, func):
        self.func = func

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        if x.ndim != 1:
            raise ValueError(f"this function takes a single point, a 1-D array of shape (n,); it was "
                             f"called with an array of shape {x.shape}")
        return self.func(x)

    def __repr__(self) -> str:
        name = getattr(self.func, "__name__", None) or repr(self.func)
        return f"PointsOnly({name})"


__all__.append("PointsOnly")


class ExactShifts:
    """func, callable only at x itself or at x with one coordinate replaced by x_i + h or x_i - h,
    exactly; any other point raises ValueError. Tests hand it to a finite-difference routine whose
    task says to build each shifted point from the unchanged x: nudging x[i] in place and back
    (x[i] += h ... x[i] -= h) leaves x[i] off in its last digits, and that is named."""

    def __init__(self, func, x, h):
        self.func = func
        self.x = np.asarray(x, dtype=float).copy()
        self.h = float(h)

    def __call__(self, point):
        p = np.asarray(point, dtype=float)
        changed = np.flatnonzero(p != self.x) if p.shape == self.x.shape else None
        if changed is None or changed.size > 1 or (changed.size == 1 and p[changed[0]] not in (
                self.x[changed[0]] + self.h, self.x[changed[0]] - self.h)):
            raise ValueError("this function was called at a point that is not x shifted by ±h in "
                             "one coordinate, exactly: a coordinate you did not mean to shift "
                             "differs from x in its last digits")
        return self.func(p)

    def __repr__(self) -> str:
        name = getattr(self.func, "__name__", None) or repr(self.func)
        return f"ExactShifts({name}, h={self.h:g})"


class AsColumn:
    """x -> func(x) as a column of shape (n, 1): a gradient with the wrong shape (a deliberate bug)."""

    def __init__(self, func):
        self.func = func

    def __call__(self, x):
        return np.asarray(self.func(x), dtype=float).reshape(-1, 1)

    def __repr__(self) -> str:
        name = getattr(self.func, "__name__", None) or repr(self.func)
        return f"AsColumn({name})"


__all__ += ["ExactShifts", "AsColumn"]
