"""Valid alternatives to `pagerank` that must earn full marks."""
import numpy as np


def column_by_column(adj, d=0.85, tol=1e-10, max_iter=1000):
    adj = np.array(adj, dtype=float)
    n = len(adj)
    M = np.zeros((n, n))
    for i in range(n):
        out = adj[i].sum()
        M[:, i] = adj[i] / out if out > 0 else 1.0 / n
    r = np.ones(n) / n
    for _ in range(max_iter):
        r_new = d * M @ r + (1 - d) / n
        converged = np.sum(np.abs(r_new - r)) < tol
        r = r_new
        if converged:
            break
    return r


def dangling_mass_without_M(adj, d=0.85, tol=1e-10, max_iter=1000):
    """Never builds the dense dangling columns: their mass is spread uniformly at each step."""
    A = np.asarray(adj, dtype=float)
    n = A.shape[0]
    out = A.sum(axis=1)
    dangling = out == 0
    P = A / np.where(dangling, 1.0, out)[:, None]      # rows of dangling pages stay 0
    r = np.full(n, 1.0 / n)
    iteration = 0
    while iteration < max_iter:
        iteration += 1
        r_new = d * (P.T @ r + r[dangling].sum() / n) + (1 - d) / n
        if np.abs(r_new - r).sum() < tol:
            return r_new
        r = r_new
    return r


ALTERNATIVES = [("pagerank", column_by_column), ("pagerank", dangling_mass_without_M)]
