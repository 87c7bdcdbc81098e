"""Valid alternatives to `taylor_models` that must earn full marks."""
import numpy as np


def row_by_row(f0, g, H, x0, X):
    g, H = np.asarray(g, dtype=float), np.asarray(H, dtype=float)
    x0, X = np.asarray(x0, dtype=float), np.asarray(X, dtype=float)
    n = len(x0)
    if x0.ndim != 1 or g.shape != (n,) or H.shape != (n, n) or X.ndim != 2 or X.shape[1] != n:
        raise ValueError("shapes do not fit")
    first = np.zeros(len(X))
    second = np.zeros(len(X))
    for r, x in enumerate(X):
        d = x - x0
        first[r] = f0 + g @ d
        second[r] = first[r] + 0.5 * (d @ H @ d)
    return first, second


def with_einsum_and_diagonal(f0, g, H, x0, X):
    g, H, x0, X = (np.array(v, dtype=float) for v in (g, H, x0, X))
    n = x0.shape[0] if x0.ndim == 1 else -1
    if n < 0 or g.shape != (n,) or H.shape != (n, n) or X.ndim != 2 or X.shape[1] != n:
        raise ValueError("shapes do not fit")
    D = X - x0[None, :]
    first = float(f0) + np.einsum("kn,n->k", D, g)
    second = first + np.diag(D @ H @ D.T) / 2
    return first, second


ALTERNATIVES = [("taylor_models", row_by_row), ("taylor_models", with_einsum_and_diagonal)]
