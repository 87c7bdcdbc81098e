def pagerank(adj, d=0.85, tol=1e-10, max_iter=1000):
    """Return the PageRank scores (summing to 1) of the graph with adjacency matrix adj."""
    adj = np.asarray(adj, dtype=float)
    n = adj.shape[0]
    out_degree = adj.sum(axis=1)
    M = np.full((n, n), 1.0 / n)                  # dangling pages: jump anywhere
    linked = out_degree > 0
    M[:, linked] = (adj[linked] / out_degree[linked, None]).T
    r = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        r_new = d * (M @ r) + (1 - d) / n
        if np.abs(r_new - r).sum() < tol:
            return r_new
        r = r_new
    return r
