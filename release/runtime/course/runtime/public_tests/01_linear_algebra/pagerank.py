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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.25
