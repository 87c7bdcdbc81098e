"""Wrong implementations of `power_iteration`."""
import numpy as np


def _start(x0):
    v = np.array(x0, dtype=float)
    if not v.any():
        raise ValueError("zero start vector")
    return v / np.linalg.norm(v)


def never_normalised(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v / (v @ v)
    for it in range(1, max_iter + 1):
        v = A @ v
        new = v @ A @ v / (v @ v)
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def returns_A_v(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol:
            return new, w, it
        lam = new
    return lam, A @ v, max_iter


def entry_ratio(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = (A @ v)[0] / v[0]
    for it in range(1, max_iter + 1):
        w = A @ v
        new = w[0] / v[0]
        v = w / np.linalg.norm(w)
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def norm_as_eigenvalue(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = np.linalg.norm(A @ v)
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = np.linalg.norm(A @ v)
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def normalises_x0_in_place(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = x0
    v /= np.linalg.norm(v)
    lam = v @ A @ v
    for it in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter


def counts_from_zero(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    lam = v @ A @ v
    for it in range(max_iter):
        w = A @ v
        v = w / np.linalg.norm(w)
        new = v @ A @ v
        if abs(new - lam) < tol:
            return new, v, it
        lam = new
    return lam, v, max_iter - 1


def fixed_iterations(A, x0, tol=1e-10, max_iter=1000):
    A = np.asarray(A, float)
    v = _start(x0)
    for _ in range(max_iter):
        w = A @ v
        v = w / np.linalg.norm(w)
    return float(v @ A @ v), v, max_iter


MUTANTS = [
    ("power_iteration", never_normalised, "must have length 1"),
    ("power_iteration", returns_A_v, "must have length 1"),
    ("power_iteration", entry_ratio, "ratio of single entries"),
    ("power_iteration", norm_as_eigenvalue, "keeps the sign"),
    ("power_iteration", normalises_x0_in_place, "in place"),
    ("power_iteration", counts_from_zero, None),
    ("power_iteration", fixed_iterations, None),
]
