"""pagerank: PageRank scores by power iteration with damping and uniform jumps from dangling pages."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_true, expect_unchanged

OK_FORMAT = False
name = "pagerank"
hints = [
    "Build the link matrix M column by column: column i is row i of adj divided by page i's number "
    "of out-links (adj.sum(axis=1)[i]); a page without out-links gets the column np.full(n, 1/n).",
    "Start from r = np.full(n, 1/n) and repeat r_new = d * (M @ r) + (1 - d) / n; stop when "
    "np.abs(r_new - r).sum() < tol.",
    "The transposition is the usual trap: M = (adj / out_degree[:, None]).T for the pages that have "
    "out-links. Every column of M must sum to 1.",
]

DANGLING = ("probability leaks out at dangling pages (pages without out-links), so the scores no "
            "longer sum to 1: give such a page's column of M the entries 1/n — the surfer jumps to "
            "any page.")
UNIFORM = ("every page got the same score 1/n. Either r was never updated, or the link matrix is "
           "used untransposed: with rows of adj divided by the out-degrees you must multiply by the "
           "transpose, M = (adj / out_degree[:, None]).T.")
REVERSED = ("these are the scores of the graph with every link reversed — it looks as if you "
            "normalised the columns of adj. adj[i, j] = 1 means a link i → j, so divide each ROW of "
            "adj by its sum (the out-degree), then transpose to get M.")
NO_DAMPING = ("these are the scores without damping (d = 1): each step must be "
              "r ← d·M r + (1 − d)/n, using the d that was passed in.")


def _check_scores(got, expected, what, misconceptions=()):
    """Scores must be a probability vector first; then they are compared with the expected ones."""
    try:
        r = np.asarray(got, dtype=float) if got is not None else None
    except (TypeError, ValueError):
        r = None                       # expect_close below reports the wrong type
    if r is not None and r.shape == np.shape(expected):
        total = r.sum()
        expect_true(abs(total - 1) < 1e-6, f"the scores from {what} sum to {total:.6g}, not 1.",
                    verdict=f"the scores sum to {total:.6g}, not 1",
                    hint=DANGLING if total < 1 - 1e-6 else None)
    expect_close(got, expected, rtol=0, atol=1e-8, what=what, misconceptions=misconceptions)


@test_case(points=1, hidden=False)
def test_two_pages(pagerank):
    """two pages, a link 0 → 1, page 1 dangling, d = 0.85: scores [20/57, 37/57]"""
    adj = np.array([[0, 1], [0, 0]])
    _check_scores(pagerank(adj.copy()), np.array([20, 37]) / 57, "pagerank([[0, 1], [0, 0]])",
                  [(np.array([0.5, 0.5]), UNIFORM), (np.array([37, 20]) / 57, REVERSED),
                   (np.array([1, 2]) / 3, NO_DAMPING)])


@test_case(points=1, hidden=False)
def test_three_pages_half_damping(pagerank):
    """links 0 → 1, 0 → 2, 1 → 2, page 2 dangling, d = 0.5: scores [8/33, 10/33, 5/11]"""
    adj = [[0, 1, 1], [0, 0, 1], [0, 0, 0]]
    _check_scores(pagerank(adj, 0.5), np.array([8, 10, 15]) / 33,
                  "pagerank([[0, 1, 1], [0, 0, 1], [0, 0, 0]], d=0.5)",
                  [(np.full(3, 1 / 3), UNIFORM), (np.array([15, 10, 8]) / 33, REVERSED),
                   (np.array([2, 3, 6]) / 11, NO_DAMPING)])


@test_case(points=0.5, hidden=True)
def test_random_graphs(pagerank):
    """random graphs of 1 to 12 pages with dangling pages and self-links, several d; adj left unchanged"""
    rng = np.random.default_rng(4501)

    def google_eigenvector(adj, d):
        n = len(adj)
        out = adj.sum(axis=1)
        M = np.where(out[None, :] > 0, adj.T / np.where(out > 0, out, 1)[None, :], 1.0 / n)
        G = d * M + (1 - d) / n
        values, vectors = np.linalg.eig(G)
        v = np.real(vectors[:, np.argmin(np.abs(values - 1))])
        return v / v.sum()

    for n, d in ((1, 0.85), (5, 0.85), (8, 0.6), (12, 0.85), (6, 0.0)):
        adj = (rng.random((n, n)) < 0.3).astype(int if n % 2 else float)
        if n > 2:
            adj[rng.choice(n, size=2, replace=False)] = 0      # two dangling pages
        adj0 = adj.copy()
        mistakes = [(np.full(n, 1 / n), UNIFORM), (google_eigenvector(adj.T, d), REVERSED)]
        expected = google_eigenvector(adj, d)
        _check_scores(pagerank(adj, d), expected, f"pagerank on a random graph of {n} pages",
                      mistakes)
        expect_unchanged(adj0, adj, what="adj")


@test_case(points=0.25, hidden=True)
def test_relabelling(pagerank):
    """renumbering the pages permutes the scores in the same way"""
    rng = np.random.default_rng(4502)
    adj = (rng.random((9, 9)) < 0.35).astype(float)
    adj[3] = 0
    perm = rng.permutation(9)
    r = np.asarray(pagerank(adj.copy()), dtype=float)
    r_perm = pagerank(adj[perm][:, perm], 0.85)
    _check_scores(r_perm, r[perm], "pagerank of the relabelled graph")


@test_case(points=0.25, hidden=True)
def test_special_graphs(pagerank):
    """no links at all, a directed cycle, and a star whose centre every page links to"""
    _check_scores(pagerank(np.zeros((4, 4))), np.full(4, 0.25), "pagerank of a graph without links")
    cycle = np.roll(np.eye(5, dtype=int), 1, axis=1)
    _check_scores(pagerank(cycle), np.full(5, 0.2), "pagerank of a directed cycle")
    star = np.zeros((4, 4))
    star[1:, 0] = 1
    star[0, 1:] = 1
    # pages 1–3 link only to page 0, which links back to all of them: r₀ = a + d(1 − r₀), a = (1 − d)/4
    d, a = 0.85, 0.15 / 4
    centre = (a + d) / (1 + d)
    _check_scores(pagerank(star, d), np.array([centre] + [(1 - centre) / 3] * 3),
                  "pagerank of a star graph")
