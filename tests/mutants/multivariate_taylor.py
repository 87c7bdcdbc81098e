"""Wrong implementations of `taylor_models`."""
import numpy as np


def _inputs(g, H, x0, X):
    g, H, x0, X = (np.asarray(v, dtype=float) for v in (g, H, x0, X))
    n = x0.size
    if g.shape != (n,) or H.shape != (n, n) or X.ndim != 2 or X.shape[1] != n:
        raise ValueError("shapes")
    return g, H, x0, X


def no_half(f0, g, H, x0, X):
    g, H, x0, X = _inputs(g, H, x0, X)
    D = X - x0
    first = f0 + D @ g
    return first, first + np.sum((D @ H) * D, axis=1)


def points_as_steps(f0, g, H, x0, X):
    g, H, x0, X = _inputs(g, H, x0, X)
    first = f0 + X @ g
    return first, first + 0.5 * np.sum((X @ H) * X, axis=1)


def all_pairs(f0, g, H, x0, X):
    g, H, x0, X = _inputs(g, H, x0, X)
    D = X - x0
    first = f0 + D @ g
    return first, f0 + D @ g + 0.5 * D @ H @ D.T


def swapped_order(f0, g, H, x0, X):
    g, H, x0, X = _inputs(g, H, x0, X)
    D = X - x0
    first = f0 + D @ g
    return first + 0.5 * np.sum((D @ H) * D, axis=1), first


def centres_X_in_place(f0, g, H, x0, X):
    g, H, x0, _ = _inputs(g, H, x0, X)
    D = np.asarray(X, dtype=float)
    D -= x0                                   # modifies the caller's float X
    first = f0 + D @ g
    return first, first + 0.5 * np.sum((D @ H) * D, axis=1)


def no_shape_checks(f0, g, H, x0, X):
    g, H, x0, X = (np.asarray(v, dtype=float) for v in (g, H, x0, X))
    D = np.atleast_2d(X)[:, : x0.size] - x0
    first = f0 + D @ g
    return first, first + 0.5 * np.sum((D @ H[: x0.size, : x0.size]) * D, axis=1)


def with_scipy_factorial(f0, g, H, x0, X):
    from scipy.special import factorial
    g, H, x0, X = _inputs(g, H, x0, X)
    D = X - x0
    first = f0 + D @ g
    return first, first + np.sum((D @ H) * D, axis=1) / factorial(2)


def with_np_gradient(f0, g, H, x0, X):
    # the step along each row read off np.gradient of [x0, x] (its slope is x − x0)
    g, H, x0, X = _inputs(g, H, x0, X)
    D = np.array([np.gradient(np.stack([x0, x]), axis=0)[0] for x in X]).reshape(X.shape)
    first = f0 + D @ g
    return first, first + 0.5 * np.sum((D @ H) * D, axis=1)


def expanded_products(f0, g, H, x0, X):
    g, H, x0, X = _inputs(g, H, x0, X)
    first = f0 + X @ g - x0 @ g
    quad = np.sum((X @ H) * X, axis=1) - 2 * X @ (H @ x0) + x0 @ H @ x0
    return first, first + 0.5 * quad


def lists_returned(f0, g, H, x0, X):
    g, H, x0, X = _inputs(g, H, x0, X)
    first, second = [], []
    for x in X:
        d = x - x0
        first.append(f0 + d @ g)
        second.append(first[-1] + 0.5 * d @ H @ d)
    return first, second


def integer_arithmetic(f0, g, H, x0, X):
    g, H, x0, X = (np.asarray(v) for v in (g, H, x0, X))
    n = x0.size
    if g.shape != (n,) or H.shape != (n, n) or X.ndim != 2 or X.shape[1] != n:
        raise ValueError("shapes")
    D = X - x0
    first = f0 + D @ g
    return first, first + 0.5 * np.sum((D @ H) * D, axis=1)


def loops_with_matrix_of_one_point(f0, g, H, x0, X):
    # treats X as a single point when k = 1 and forgets k = 0
    g, H, x0, X = _inputs(g, H, x0, X)
    if len(X) == 0:
        raise ValueError("no points")
    D = X - x0
    first = f0 + D @ g
    return first, first + 0.5 * np.sum((D @ H) * D, axis=1)


def size_from_g(f0, g, H, x0, X):
    """Takes n from g and never checks x0: an x0 of length 1 broadcasts against X."""
    g, H = np.asarray(g, dtype=float), np.asarray(H, dtype=float)
    x0, X = np.asarray(x0, dtype=float), np.asarray(X, dtype=float)
    n = g.size
    if H.shape != (n, n) or X.ndim != 2 or X.shape[1] != n:
        raise ValueError("shapes do not fit")
    D = X - x0
    first = f0 + D @ g
    return first, first + 0.5 * np.sum((D @ H) * D, axis=1)


MUTANTS = [
    ("taylor_models", no_half, "1/2! of the Taylor series"),
    ("taylor_models", points_as_steps, "expand around x0"),
    ("taylor_models", all_pairs, "every pair"),
    ("taylor_models", swapped_order, "in the order (first, second)"),
    ("taylor_models", centres_X_in_place, "in place"),
    ("taylor_models", no_shape_checks, "should raise ValueError"),
    ("taylor_models", with_scipy_factorial, "asks you not to use"),
    ("taylor_models", with_np_gradient, "asks you not to use"),
    ("taylor_models", expanded_products, "compute the steps D = X − x0 first"),
    ("taylor_models", lists_returned, "the task asks for a NumPy array"),
    ("taylor_models", integer_arithmetic, "array of floats"),
    ("taylor_models", loops_with_matrix_of_one_point, "k = 0 points"),
    ("taylor_models", size_from_g, None),
]
