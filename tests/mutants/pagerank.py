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


def _google(adj, d):
    P = _row_normalised(adj)
    n = P.shape[0]
    return d * P.T + (1 - d) / n, P.T


def jump_not_divided_by_n(adj, d=0.85, tol=1e-10, max_iter=1000):
    M = _row_normalised(adj).T
    r = np.full(M.shape[0], 1.0 / M.shape[0])
    for _ in range(max_iter):
        r_new = d * (M @ r) + (1 - d)
        if np.abs(r_new - r).sum() < tol:
            return r_new
        r = r_new
    return r


def drops_self_links(adj, d=0.85, tol=1e-10, max_iter=1000):
    adj = np.array(adj, dtype=float)
    np.fill_diagonal(adj, 0)
    return _iterate(_row_normalised(adj).T, d, tol, max_iter)


def leak_then_renormalise(adj, d=0.85, tol=1e-10, max_iter=1000):
    adj = np.asarray(adj, dtype=float)
    out = adj.sum(axis=1)
    M = (adj / np.where(out > 0, out, 1)[:, None]).T
    r = _iterate(M, d, tol, max_iter)
    return r / r.sum()


def one_update_too_many(adj, d=0.85, tol=1e-10, max_iter=1000):
    M = _row_normalised(adj).T
    n = M.shape[0]
    r = np.full(n, 1.0 / n)
    for _ in range(max_iter + 1):
        r_new = d * (M @ r) + (1 - d) / n
        if np.abs(r_new - r).sum() < tol:
            return r_new
        r = r_new
    return r


def returns_list(adj, d=0.85, tol=1e-10, max_iter=1000):
    return list(_iterate(_row_normalised(adj).T, d, tol, max_iter))


def with_solve(adj, d=0.85, tol=1e-10, max_iter=1000):
    M = _row_normalised(adj).T
    n = M.shape[0]
    return np.linalg.solve(np.eye(n) - d * M, np.full(n, (1 - d) / n))


def with_inv(adj, d=0.85, tol=1e-10, max_iter=1000):
    M = _row_normalised(adj).T
    n = M.shape[0]
    return np.linalg.inv(np.eye(n) - d * M) @ np.full(n, (1 - d) / n)


def with_pinv(adj, d=0.85, tol=1e-10, max_iter=1000):
    M = _row_normalised(adj).T
    n = M.shape[0]
    return np.linalg.pinv(np.eye(n) - d * M) @ np.full(n, (1 - d) / n)


def with_lstsq(adj, d=0.85, tol=1e-10, max_iter=1000):
    M = _row_normalised(adj).T
    n = M.shape[0]
    return np.linalg.lstsq(np.eye(n) - d * M, np.full(n, (1 - d) / n), rcond=None)[0]


def with_eig(adj, d=0.85, tol=1e-10, max_iter=1000):
    G, _ = _google(adj, d)
    values, vectors = np.linalg.eig(G)
    v = np.real(vectors[:, np.argmax(np.real(values))])
    return v / v.sum()


def with_eigh(adj, d=0.85, tol=1e-10, max_iter=1000):
    G, _ = _google(adj, d)
    values, vectors = np.linalg.eigh(G)          # G is not symmetric: eigh reads one triangle
    v = vectors[:, -1]
    return v / v.sum()


def with_eigvals(adj, d=0.85, tol=1e-10, max_iter=1000):
    G, M = _google(adj, d)
    second = np.sort(np.abs(np.linalg.eigvals(G)))[-2] if len(G) > 1 else 0.0
    steps = max_iter if second == 0 else min(max_iter, int(np.log(tol) / np.log(max(second, 1e-3))) + 1)
    return _iterate(M, d, 0.0, steps)


def with_eigvalsh(adj, d=0.85, tol=1e-10, max_iter=1000):
    G, M = _google(adj, d)
    assert np.linalg.eigvalsh((G + G.T) / 2).max() > 0
    return _iterate(M, d, tol, max_iter)


BAN = "asks you not to use"
MUTANTS = [m if m[1] not in (damping_fixed_at_085, twenty_iterations) else
           (m[0], m[1], "the damping factor d that was passed in" if m[1] is damping_fixed_at_085 else "exactly max_iter updates")
           for m in MUTANTS]
MUTANTS += [
    ("pagerank", jump_not_divided_by_n, "(1 − d)/n to EVERY page"),
    ("pagerank", drops_self_links, "self-link"),
    ("pagerank", leak_then_renormalise, "exactly max_iter updates"),   # right in the limit only
    ("pagerank", one_update_too_many, "exactly max_iter updates"),
    ("pagerank", returns_list, "NumPy array"),
    ("pagerank", with_solve, BAN),
    ("pagerank", with_inv, BAN),
    ("pagerank", with_pinv, BAN),
    ("pagerank", with_lstsq, BAN),
    ("pagerank", with_eig, BAN),
    ("pagerank", with_eigh, BAN),
    ("pagerank", with_eigvals, BAN),
    ("pagerank", with_eigvalsh, BAN),
]


def returns_previous_iterate(adj, d=0.85, tol=1e-10, max_iter=1000):
    """When the change falls below tol it returns r, the iterate before the last update."""
    adj = np.asarray(adj, dtype=float)
    n = len(adj)
    out = adj.sum(axis=1)
    M = np.where(out[None, :] > 0, adj.T / np.where(out > 0, out, 1.0)[None, :], 1.0 / n)
    r = np.full(n, 1.0 / n)
    for _ in range(max_iter):
        r_new = d * (M @ r) + (1 - d) / n
        if np.abs(r_new - r).sum() < tol:
            return r
        r = r_new
    return r


MUTANTS.append(("pagerank", returns_previous_iterate, "the last iterate computed"))
