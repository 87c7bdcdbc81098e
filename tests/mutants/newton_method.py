"""Wrong implementations of `newton_method`."""
import numpy as np


def _newton(grad, hess, x0, tol, max_iter, step):
    x = np.array(x0, dtype=float)
    for iteration in range(max_iter):
        g = np.asarray(grad(x), dtype=float)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x = step(x, g, np.asarray(hess(x), dtype=float))
    return x, max_iter


def multiplies_by_hessian(grad, hess, x0, tol=1e-10, max_iter=50):
    with np.errstate(all="ignore"):
        return _newton(grad, hess, x0, tol, max_iter, lambda x, g, H: x - H @ g)


def wrong_sign(grad, hess, x0, tol=1e-10, max_iter=50):
    with np.errstate(all="ignore"):
        return _newton(grad, hess, x0, tol, max_iter, lambda x, g, H: x + np.linalg.solve(H, g))


def gradient_step(grad, hess, x0, tol=1e-10, max_iter=50):
    with np.errstate(all="ignore"):
        return _newton(grad, hess, x0, tol, max_iter, lambda x, g, H: x - g)


def frozen_hessian(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    H = np.asarray(hess(x), dtype=float)
    with np.errstate(all="ignore"):
        for iteration in range(max_iter):
            g = grad(x)
            if np.linalg.norm(g) < tol:
                return x, iteration
            x = x - np.linalg.solve(H, g)
    return x, max_iter


def counts_from_one(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for iteration in range(1, max_iter + 1):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x = x - np.linalg.solve(hess(x), g)
    return x, max_iter


def divides_by_the_diagonal(grad, hess, x0, tol=1e-10, max_iter=50):
    # divides the gradient entrywise by the diagonal of H: right only for diagonal Hessians
    with np.errstate(all="ignore"):
        return _newton(grad, hess, x0, tol, max_iter, lambda x, g, H: x - g / np.diag(H))


def modifies_x0(grad, hess, x0, tol=1e-10, max_iter=50):
    x = x0 if isinstance(x0, np.ndarray) and x0.dtype.kind == "f" else np.array(x0, dtype=float)
    for iteration in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x -= np.linalg.solve(hess(x), g)
    return x, max_iter


def float_count(grad, hess, x0, tol=1e-10, max_iter=50):
    x, k = _newton(grad, hess, x0, tol, max_iter, lambda x, g, H: x - np.linalg.solve(H, g))
    return x, float(k)


def inverse_times_gradient(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for iteration in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x = x - np.linalg.inv(hess(x)) @ g
    return x, max_iter


def pseudo_inverse(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for iteration in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x = x - np.linalg.pinv(hess(x)) @ g
    return x, max_iter


def scipy_solve(grad, hess, x0, tol=1e-10, max_iter=50):
    import scipy.linalg
    x = np.array(x0, dtype=float)
    for iteration in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x = x - scipy.linalg.solve(hess(x), g)
    return x, max_iter


def less_or_equal(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.array(x0, dtype=float)
    for iteration in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) <= tol:
            return x, iteration
        x = x - np.linalg.solve(hess(x), g)
    return x, max_iter


def no_float_copy(grad, hess, x0, tol=1e-10, max_iter=50):
    x = np.asarray(x0)                       # an integer x0 stays integer until the first step
    for iteration in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            return x, iteration
        x = x - np.linalg.solve(hess(x), g)
    return x, max_iter


def integer_iterates(grad, hess, x0, tol=1e-10, max_iter=50):
    """x = np.array(x0) keeps an integer dtype, and x[:] = ... truncates every iterate."""
    x = np.array(x0)
    for k in range(max_iter):
        g = grad(x)
        if np.linalg.norm(g) < tol:
            return x.astype(float), k
        x[:] = x - np.linalg.solve(hess(x), g)
    return x.astype(float), max_iter


MUTANTS = [
    ("newton_method", multiplies_by_hessian, "MULTIPLIED the gradient by the Hessian"),
    ("newton_method", wrong_sign, "wrong way"),
    ("newton_method", gradient_step, "plain gradient step"),
    ("newton_method", frozen_hessian, "Hessian of the STARTING point"),
    ("newton_method", counts_from_one, "number of Newton steps taken"),
    ("newton_method", divides_by_the_diagonal, None),
    ("newton_method", modifies_x0, "modified x0 in place"),
    ("newton_method", float_count, "should be an int"),
    ("newton_method", inverse_times_gradient, "asks you not to use"),
    ("newton_method", pseudo_inverse, "asks you not to use"),
    ("newton_method", scipy_solve, "asks you not to use"),
    ("newton_method", less_or_equal, "strictly below tol"),
    ("newton_method", no_float_copy, "integer input gives integer arithmetic"),
    ("newton_method", integer_iterates, "computes in an integer array"),
]
