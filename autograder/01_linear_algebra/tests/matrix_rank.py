"""matrix_rank: the rank of a matrix as the number of pivots of its row echelon form."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_equal, expect_true, expect_unchanged

OK_FORMAT = False
name = "matrix_rank"
hints = [
    "Elimination does not change the rank, and in row echelon form the rank is the number of "
    "pivots.",
    "Your row_echelon(A, tol) already returns the list of pivot columns.",
    "Rank too large for a product like B @ C: your row_echelon tests == 0 somewhere instead of "
    "<= tol * max|A|. Rank 0 for a matrix with tiny entries: your threshold is not relative to "
    "max|A|.",
]
bans = {"matrix_rank": ["numpy.linalg", "scipy"]}
ban_reason = ("count the pivots of your own row_echelon, as the task and the notebook's ground rules "
              "say: np.linalg.matrix_rank and scipy's decompositions do it for you (from singular "
              "values). They are the tool to use from 01_linear_algebra/04_eigen_svd on.")

ROWS = ("the rank is not the number of (non-zero) rows: a row that is a combination of others "
        "adds no new direction. Count the pivots that elimination finds.")
EXACT_ZERO = ("you returned the largest possible rank, min(m, n), for a matrix whose rank is "
              "lower. Rounding leaves entries of about 1e-16 where exact arithmetic gives 0: "
              "treat |v| <= tol * max|A| as zero instead of counting such entries as pivots.")
ABSOLUTE_TOL = ("all entries of this matrix are tiny, and your tolerance treated every one of them "
                "as zero. Make the threshold relative to the matrix: tol * max|A|.")

DIAGONAL = ("you counted the non-zero diagonal entries of U. In row echelon form a pivot can sit to "
            "the right of the diagonal (when a column has no pivot), so count the pivots that "
            "row_echelon returns: len(pivots).")
PYTHON_INT = ("the task asks for the rank as a Python int: return len(pivots), or wrap a NumPy "
              "count in int(...).")

TOL_IGNORED = ("right for the default tol, wrong for the tol passed in: use the caller's tol "
               "(threshold = tol * max|A|) and pass it on to the functions you call, instead of the "
               "default 1e-12.")


def _rank(matrix_rank, A, expected, what, misconceptions=None):
    got = matrix_rank(A)
    expect_equal(got, expected, what=what, misconceptions=misconceptions)
    expect_true(type(got) is int, f"{what} returned {type(got).__name__} {got!r}.",
                verdict=f"returned {type(got).__name__}, not a Python int", hint=PYTHON_INT)


@test_case(points=0.75, hidden=False)
def test_dependent_rows(matrix_rank):
    """matrix_rank([[1, 2, 3], [2, 4, 6], [1, 0, 1]]) is 2: the second row is twice the first"""
    _rank(matrix_rank, [[1, 2, 3], [2, 4, 6], [1, 0, 1]], 2,
          "matrix_rank([[1, 2, 3], [2, 4, 6], [1, 0, 1]])", misconceptions={ROWS: 3})


@test_case(points=0.5, hidden=False)
def test_zero_matrix_and_single_row(matrix_rank):
    """the 2×3 zero matrix has rank 0; the row [[0, 0, 5]] has rank 1"""
    expect_equal(matrix_rank(np.zeros((2, 3))), 0, what="matrix_rank(np.zeros((2, 3)))",
                 misconceptions={ROWS: 2})
    _rank(matrix_rank, np.array([[0.0, 0.0, 5.0]]), 1, "matrix_rank([[0, 0, 5]])",
          misconceptions={DIAGONAL: 0})


@test_case(points=0.75, hidden=True)
def test_products_of_thin_factors(matrix_rank):
    """products of thin random factors (rank below the size, zero only up to rounding), several shapes"""
    rng = np.random.default_rng(2401)
    for m, n, r in ((6, 6, 3), (5, 8, 2), (9, 4, 4), (1, 5, 1), (7, 1, 1), (10, 10, 9), (12, 7, 5)):
        A = rng.normal(size=(m, r)) @ rng.normal(size=(r, n))
        mistakes = {EXACT_ZERO: min(m, n)} if r < min(m, n) else {}
        A0 = A.copy()
        expect_equal(matrix_rank(A), int(np.linalg.matrix_rank(A0)),
                     what=f"matrix_rank of a {m}×{n} matrix of rank {r}", misconceptions=mistakes)
        expect_unchanged(A0, A, what="A")


@test_case(points=0.75, hidden=True)
def test_scale_integer_and_square(matrix_rank):
    """tiny and huge entries, integer input, an invertible 1×1 and a full-rank square matrix"""
    rng = np.random.default_rng(2402)
    tiny = 1e-13 * (rng.normal(size=(4, 2)) @ rng.normal(size=(2, 4)))
    expect_equal(matrix_rank(tiny), 2, what="matrix_rank of a rank-2 4×4 matrix with entries ~1e-13",
                 misconceptions={ABSOLUTE_TOL: 0, EXACT_ZERO: 4})
    huge = 1e8 * (rng.normal(size=(5, 3)) @ rng.normal(size=(3, 5)))
    expect_equal(matrix_rank(huge), 3, what="matrix_rank of a rank-3 5×5 matrix with entries ~1e8",
                 misconceptions={EXACT_ZERO: 5})
    A_int = np.array([[1, 2, 0, 1, 3], [2, 4, 1, 0, 1], [3, 6, 1, 1, 4], [0, 0, 2, -4, -10]])
    expect_equal(matrix_rank(A_int), 2, what="matrix_rank of a 4×5 integer matrix of rank 2",
                 misconceptions={ROWS: 4})
    expect_equal(matrix_rank(np.array([[-0.5]])), 1, what="matrix_rank([[-0.5]])")
    expect_equal(matrix_rank(rng.normal(size=(8, 8))), 8, what="matrix_rank of a random 8×8 matrix")
    _rank(matrix_rank, np.full((4, 3), 0.1), 1, "matrix_rank(np.full((4, 3), 0.1))",
          misconceptions={ROWS: 4, EXACT_ZERO: 3})
    _rank(matrix_rank, np.outer([0.1, 0.3, 0.7], [0.3, 0.9, 2.1, 0.7]), 1,
          "matrix_rank of a 3×4 rank-1 matrix with entries like 0.1 · 0.3", misconceptions={EXACT_ZERO: 3})
    _rank(matrix_rank, np.array([[1.0, 2.0, 3.0], [2.0, 4.0, 7.0]]), 2,
          "matrix_rank([[1, 2, 3], [2, 4, 7]]) (its second pivot is in column 2)",
          misconceptions={DIAGONAL: 1})


@test_case(points=0.25, hidden=True)
def test_tol_argument(matrix_rank):
    """the tol argument is used: a pivot of 1e-8 counts for tol = 1e-12 but not for tol = 1e-6"""
    A = np.array([[2.0, 1.0, 3.0], [1.0, 0.5 + 1e-8, 1.5], [4.0, 2.0, 6.0 + 1e-8]])
    expect_equal(matrix_rank(A.copy(), 1e-6), 1, what="matrix_rank(A, tol=1e-6)",
                 misconceptions={TOL_IGNORED: 3})
    expect_equal(matrix_rank(A.copy(), 1e-12), 3, what="matrix_rank(A, tol=1e-12)")
