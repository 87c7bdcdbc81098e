"""Wrong implementations of `pagerank`."""
import numpy as np


def _iterate(M, d, tol, max_iter):
    n = M.shape[0]
    r = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        r_new = d * (M @ r) + (1 - d) / n
        if np.abs(r_new - r).sum() < tol:
            return r_new
        r = r_new
    return r


def _row_normalised(adj):
    adj = np.asarray(adj, dtype=float)
    n = adj.shape[0]
    out = adj.sum(axis=1)
    P = np.full((n, n), 1.0 / n)
    P[out > 0] = adj[out > 0] / out[out > 0, None]
    return P


def dangling_ignored(adj, d=0.85, tol=1e-10, max_iter=1000):
    adj = np.asarray(adj, dtype=float)
    out = adj.sum(axis=1)
    M = (adj / np.where(out > 0, out, 1)[:, None]).T        # dangling columns stay zero
    return _iterate(M, d, tol, max_iter)


def not_transposed(adj, d=0.85, tol=1e-10, max_iter=1000):
    return _iterate(_row_normalised(adj), d, tol, max_iter)


def column_normalised(adj, d=0.85, tol=1e-10, max_iter=1000):
    adj = np.asarray(adj, dtype=float)
    n = adj.shape[0]
    into = adj.sum(axis=0)
    M = np.full((n, n), 1.0 / n)
    M[:, into > 0] = adj[:, into > 0] / into[into > 0]
    return _iterate(M, d, tol, max_iter)


def no_damping(adj, d=0.85, tol=1e-10, max_iter=1000):
    return _iterate(_row_normalised(adj).T, 1.0, tol, max_iter)


def damping_fixed_at_085(adj, d=0.85, tol=1e-10, max_iter=1000):
    return _iterate(_row_normalised(adj).T, 0.85, tol, max_iter)


def twenty_iterations(adj, d=0.85, tol=1e-10, max_iter=1000):
    return _iterate(_row_normalised(adj).T, d, 0.0, 20)


def normalises_adj_in_place(adj, d=0.85, tol=1e-10, max_iter=1000):
    adj = np.asarray(adj)                                    # no copy for a float array
    n = adj.shape[0]
    out = adj.sum(axis=1)
    if adj.dtype.kind == "f":
        adj[out > 0] /= out[out > 0, None]
        adj[out == 0] = 1.0 / n
        return _iterate(adj.T, d, tol, max_iter)
    return _iterate(_row_normalised(adj).T, d, tol, max_iter)


MUTANTS = [
    ("pagerank", dangling_ignored, "dangling pages"),
    ("pagerank", not_transposed, "the same score 1/n"),
    ("pagerank", column_normalised, "every link reversed"),
    ("pagerank", no_damping, "without damping"),
    ("pagerank", damping_fixed_at_085, None),
    ("pagerank", twenty_iterations, None),
    ("pagerank", normalises_adj_in_place, "in place"),
]
