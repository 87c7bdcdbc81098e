"""pagerank: PageRank scores by power iteration with damping and uniform jumps from dangling pages."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_array, expect_close, expect_true, expect_unchanged

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

bans = {"pagerank": ["numpy.linalg.eig", "numpy.linalg.eigh", "numpy.linalg.eigvals",
                      "numpy.linalg.eigvalsh", "numpy.linalg.solve", "numpy.linalg.inv",
                      "numpy.linalg.pinv", "numpy.linalg.lstsq"]}
ban_reason = ("find the scores by power iteration, r ← d M r + (1 − d)/n, with products M r only: that "
              "iteration is the exercise (and what scales to the web). Solving (I − dM) r = (1 − d)/n 1 "
              "or taking an eigenvector of G is fine in your own work, not inside this function.")
JUMP = ("the scores sum to more than 1: the random jump adds (1 − d)/n to EVERY page, (1 − d) in "
        "total — not (1 − d) to each page.")
SELF_LINKS = ("a self-link adj[i, i] = 1 counts as an ordinary link (it also counts in the "
              "out-degree): do not drop the diagonal of adj.")
FIXED_D = "these are the scores for d = 0.85: use the damping factor d that was passed in."
MAX_ITER = ("the result after max_iter iterations is r after exactly max_iter updates "
            "r ← d M r + (1 − d)/n, starting from r = 1/n: use the max_iter (and tol) you are given.")
DANGLING = ("probability leaks out at dangling pages (pages without out-links), so the scores no "
            "longer sum to 1: give such a page's column of M the entries 1/n — the surfer jumps to "
            "any page.")
UNIFORM = ("every page got the same score 1/n. Either r was never updated, or the link matrix is "
           "used untransposed: with rows of adj divided by the out-degrees you must multiply by the "
           "transpose, M = (adj / out_degree[:, None]).T.")
REVERSED = ("these are the scores of the graph with every link reversed — it looks as if you "
            "normalised the columns of adj. adj[i, j] = 1 means a link i → j, so divide each ROW of "
            "adj by its sum (the out-degree), then transpose to get M.")
STALE = ("you returned the iterate from before the last update: when ‖r_new − r‖₁ < tol, return "
         "r_new, the last iterate computed.")
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
                    hint=DANGLING if total < 1 - 1e-6 else JUMP)
    expect_close(got, expected, rtol=0, atol=1e-8, what=what, misconceptions=misconceptions)
    expect_array(got, what=what)


@test_case(points=1, hidden=False)
def test_two_pages(pagerank):
    """two pages, a link 0 → 1, page 1 dangling, d = 0.85: scores [20/57, 37/57]"""
    adj = np.array([[0, 1], [0, 0]])
    _check_scores(pagerank(adj.copy()), np.array([20, 37]) / 57, "pagerank([[0, 1], [0, 0]])",
                  [(np.array([0.5, 0.5]), UNIFORM), (np.array([37, 20]) / 57, REVERSED),
                   (np.array([1, 2]) / 3, NO_DAMPING)])


@test_case(points=0.75, hidden=False)
def test_three_pages_half_damping(pagerank):
    """links 0 → 1, 0 → 2, 1 → 2, page 2 dangling, d = 0.5: scores [8/33, 10/33, 5/11]"""
    adj = [[0, 1, 1], [0, 0, 1], [0, 0, 0]]
    _check_scores(pagerank(adj, 0.5), np.array([8, 10, 15]) / 33,
                  "pagerank([[0, 1, 1], [0, 0, 1], [0, 0, 0]], d=0.5)",
                  [(np.full(3, 1 / 3), UNIFORM), (np.array([15, 10, 8]) / 33, REVERSED),
                   (np.array([2, 3, 6]) / 11, NO_DAMPING),
                   (np.array([0.19757965, 0.281551, 0.52086935]), FIXED_D)])


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
        no_self = adj * (1 - np.eye(n))
        mistakes = [(np.full(n, 1 / n), UNIFORM), (google_eigenvector(adj.T, d), REVERSED),
                    (google_eigenvector(no_self, d), SELF_LINKS)]
        if d != 0.85:
            mistakes.append((google_eigenvector(adj, 0.85), FIXED_D))
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


@test_case(points=0.25, hidden=True)
def test_iteration_contract(pagerank):
    """max_iter = 1, 2 and 5 give exactly that many updates; a loose tol stops early; self-links only"""
    rng = np.random.default_rng(4503)
    n = 7
    adj = (rng.random((n, n)) < 0.35).astype(int)
    adj[2] = 0
    adj[4, 4] = 1

    def updates(adj, d, count):
        out = adj.sum(axis=1)
        M = np.where(out[None, :] > 0, adj.T / np.where(out > 0, out, 1)[None, :], 1.0 / n)
        r = np.full(n, 1.0 / n)
        for _ in range(count):
            r = d * (M @ r) + (1 - d) / n
        return r

    for max_iter in (1, 2, 5):
        what = f"pagerank(adj, 0.85, 1e-10, max_iter={max_iter})"
        got = pagerank(adj.copy(), 0.85, 1e-10, max_iter)
        try:
            _check_scores(got, updates(adj, 0.85, max_iter), what)
        except Mismatch as err:
            if err.kind != "values":
                raise
            raise Mismatch(f"{err.detail}\nHint: {MAX_ITER}", verdict=f"{err.verdict}; {MAX_ITER}",
                           hint=MAX_ITER, kind="values") from None
    r_loose = np.asarray(pagerank(adj.copy(), 0.85, 1e-3, 1000), dtype=float)
    changes = [np.abs(updates(adj, 0.85, k + 1) - updates(adj, 0.85, k)).sum() for k in range(40)]
    stop = next(k + 1 for k, c in enumerate(changes) if c < 1e-3)
    gap = np.abs(r_loose - updates(adj, 0.85, stop)).sum()
    stale = np.abs(r_loose - updates(adj, 0.85, stop - 1)).sum()
    expect_true(gap < 1e-12 or stale >= 1e-12, "pagerank(adj, tol=1e-3) returned the iterate before "
                "the one whose ℓ1 change fell below tol.", verdict="returned the previous iterate",
                hint=STALE)
    expect_true(gap < 1e-12, "pagerank(adj, tol=1e-3) did not stop at the first iteration whose ℓ1 "
                "change is below tol.", verdict="did not stop when the ℓ1 change fell below tol",
                hint=MAX_ITER)
    self_only = np.eye(3, dtype=int)
    _check_scores(pagerank(self_only.tolist()), np.full(3, 1 / 3), "pagerank(np.eye(3)) (only self-links)")
    two = np.array([[1, 1], [0, 0]])
    # page 0 links to itself and to 1; page 1 is dangling: r₀ = a + d(r₀/2 + r₁/2), r₁ = a + d(r₀/2 + r₁/2)
    _check_scores(pagerank(two), np.array([0.5, 0.5]), "pagerank([[1, 1], [0, 0]])",
                  [(np.array([20, 37]) / 57, SELF_LINKS)])
