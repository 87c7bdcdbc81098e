"""row_echelon: Gaussian elimination with partial pivoting, returning (U, pivot columns, swaps)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_close, expect_equal,
                            expect_same_on_integers, expect_true, expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "row_echelon"
hints = [
    "Work on U = np.array(A, dtype=float) (a float copy) and walk through the columns j = 0, 1, … "
    "with a row counter r that only moves down when column j gets a pivot.",
    "In column j the pivot row is p = r + np.argmax(np.abs(U[r:, j])). If |U[p, j]| <= "
    "tol * np.max(np.abs(A)), zero U[r:, j] and skip the column. Otherwise swap rows r and p "
    "(count it when p != r).",
    "To clear the column below the pivot, subtract (U[i, j] / U[r, j]) * U[r] from each row i > r. "
    "Then append j to the pivot list and increase r.",
]
bans = {"row_echelon": ["numpy.linalg", "scipy"]}
ban_reason = ("write the elimination yourself, as the notebook's ground rules say: scipy.linalg.lu "
              "and np.linalg hide exactly the pivoting and the tolerance this question is about. "
              "np.linalg is the tool to use from 01_linear_algebra/03_analytic_geometry on.")

NO_PIVOT = ("you took the first usable entry of the column as the pivot. Partial pivoting swaps up "
            "the row with the LARGEST |entry| in the pivot column (the topmost one on ties), and "
            "that changes U and the number of swaps.")
EXTRA_PIVOTS = ("you found more pivots than the matrix has. Entries that are zero up to rounding "
                "(about 1e-16 times the largest entry) must count as zero: skip a column when "
                "max |candidate| <= tol * max|A|, instead of testing == 0.")
MISSING_PIVOTS = ("you found fewer pivots than the matrix has. A column without a pivot is "
                  "skipped, but you stay in the same row r for the next column. Also check that "
                  "the tolerance is tol * max|A|, relative to the size of the entries.")
NOT_EXACT_ZERO = ("U is right up to rounding, but entries below the staircase are not exactly 0.0. "
                  "The task asks for exact zeros: after subtracting the multiple of row r, set "
                  "U[i, j] = 0.0 (the subtraction leaves residues of about 1e-17), and set "
                  "U[r:, j] = 0.0 for a column without a pivot.")
PIVOT_LIST = ("return the pivot columns as a Python list of ints (e.g. pivots.tolist() if you "
              "collected them in an array), as the task asks.")
VIEW_SWAP = ("after the swap both rows hold the same numbers: `U[r], U[p] = U[p], U[r]` does not "
             "swap NumPy rows, because U[p] and U[r] are views into U, so the second assignment "
             "copies the already overwritten row. Swap with fancy indexing, U[[r, p]] = U[[p, r]], "
             "or with .copy().")
TOL_IGNORED = ("the result is right for the default tol but not for the tol passed in: compute the "
               "threshold as tol * max|A| with the caller's tol, not with a fixed 1e-12.")
TIE = ("on a tie (two rows with the same largest |entry| in the pivot column) the task takes the "
       "TOPMOST such row, which is what np.argmax returns: no swap is needed when row r is one of them.")
BOUNDARY = ("an entry with |U[p, j]| exactly equal to tol * max|A| counts as zero: the column has no "
            "pivot when |U[p, j]| <= threshold (<=, not <).")
ABS_MAX = ("the threshold is tol * max|A|, with the largest ABSOLUTE value of the entries "
           "(np.max(np.abs(A))): np.max(A) is the largest signed entry, which is negative (or far "
           "too small) when A's large entries are negative, so exact zeros then count as pivots.")
COUNT_SWAPS = ("U and the pivots are right but the swap count is not: count one swap each time "
               "you exchange two different rows (p != r), and none when p == r.")


def _show(pivots):
    try:
        return str([int(p) for p in pivots])
    except (TypeError, ValueError):
        return repr(pivots)


def _check_echelon(got, expected, what, no_pivot=None, scale=1.0, view_swap=None):
    """Compare (U, pivots, swaps) with the expected triple; no_pivot is the unpivoted wrong triple,
    view_swap the U that swapping rows as views (`U[r], U[p] = U[p], U[r]`) gives."""
    U, pivots, swaps = expect_tuple(got, 3, what=what, names="U, pivots, swaps")
    exp_U, exp_pivots, exp_swaps = expected
    if view_swap is not None:
        try:
            same = np.shape(U) == view_swap.shape and np.allclose(U, view_swap)
        except (TypeError, ValueError):
            same = False
        expect_true(not same, f"U from {what} is {np.asarray(view_swap).tolist()}.",
                    verdict="two rows of U are equal after a swap", hint=VIEW_SWAP)
    if hasattr(pivots, "__len__"):
        where = f"the pivot columns from {what}"
        expect_true(len(pivots) <= len(exp_pivots),
                    f"{where} are {_show(pivots)}; expected {exp_pivots}.",
                    verdict="too many pivot columns", hint=EXTRA_PIVOTS)
        expect_true(len(pivots) >= len(exp_pivots),
                    f"{where} are {_show(pivots)}; expected {exp_pivots}.",
                    verdict="too few pivot columns", hint=MISSING_PIVOTS)
    expect_true(isinstance(pivots, (list, tuple)),
                f"the pivot columns from {what} are {type(pivots).__name__}, not a list.",
                verdict=f"pivots returned as {type(pivots).__name__}, not a list", hint=PIVOT_LIST)
    expect_equal(pivots, exp_pivots, what=f"the pivot columns from {what}")
    wrong_U = {} if no_pivot is None else {NO_PIVOT: no_pivot[0]}
    expect_close(U, exp_U, what=f"U from {what}", rtol=1e-9, atol=1e-11 * scale,
                 misconceptions=wrong_U)
    wrong_swaps = {} if no_pivot is None else {NO_PIVOT: no_pivot[2]}
    try:
        expect_equal(swaps, exp_swaps, what=f"the swap count from {what}",
                     misconceptions=wrong_swaps)
    except Mismatch as m:
        if m.kind != "values":
            raise
        raise Mismatch(f"{m.detail} Hint: {COUNT_SWAPS}", verdict=f"{m.verdict}; {COUNT_SWAPS}",
                       hint=COUNT_SWAPS, kind=m.kind) from None
    U = np.asarray(U, dtype=float)
    below = np.ones(U.shape, dtype=bool)          # True where the staircase form needs a 0
    for row, col in enumerate(exp_pivots):
        below[row, col:] = False
    expect_true(np.all(U[below] == 0.0),
                f"U from {what} has {int(np.count_nonzero(U[below]))} non-zero entries below the "
                "staircase (largest " f"{np.max(np.abs(U[below]), initial=0.0):.1e}).",
                verdict="entries below the staircase are not exactly 0", hint=NOT_EXACT_ZERO)


def _check_integer_input(row_echelon, A_int, expected, what, no_pivot=None, scale=1.0):
    """Integer input: on failure, tell a truncation bug apart by rerunning on the float copy."""
    expect_same_on_integers(
        lambda M: _check_echelon(row_echelon(M), expected, what, no_pivot, scale), A_int, what=what)


@test_case(points=0.75, hidden=False)
def test_two_by_two_with_swap(row_echelon):
    """row_echelon([[1, 2], [3, 4]]): the larger entry 3 must become the first pivot"""
    A = np.array([[1.0, 2.0], [3.0, 4.0]])
    A0 = A.copy()
    expected = (np.array([[3.0, 4.0], [0.0, 2.0 / 3.0]]), [0, 1], 1)
    no_pivot = (np.array([[1.0, 2.0], [0.0, -2.0]]), [0, 1], 0)
    _check_echelon(row_echelon(A), expected, "row_echelon([[1., 2.], [3., 4.]])", no_pivot,
                   view_swap=np.array([[3.0, 4.0], [0.0, 0.0]]))
    expect_unchanged(A0, A, what="A")


@test_case(points=0.5, hidden=False)
def test_rectangular_integer_with_skipped_column(row_echelon):
    """row_echelon of the 3×4 integer matrix [[2, 4, 1, 3], [4, 8, 3, 1], [-2, -4, 1, 5]] (column 1 gets no pivot)"""
    A = np.array([[2, 4, 1, 3], [4, 8, 3, 1], [-2, -4, 1, 5]])
    expected = (np.array([[4.0, 8.0, 3.0, 1.0], [0.0, 0.0, 2.5, 5.5], [0.0, 0.0, 0.0, 3.6]]),
                [0, 2, 3], 2)
    no_pivot = (np.array([[2.0, 4.0, 1.0, 3.0], [0.0, 0.0, 1.0, -5.0], [0.0, 0.0, 0.0, 18.0]]),
                [0, 2, 3], 0)
    _check_integer_input(row_echelon, A, expected,
                         "row_echelon([[2, 4, 1, 3], [4, 8, 3, 1], [-2, -4, 1, 5]])", no_pivot)


@test_case(points=1, hidden=True)
def test_random_and_rank_deficient(row_echelon):
    """random matrices (1×1 to 12×12, tall, wide, integer, scaled) and rank-deficient ones"""

    def reference(A, largest=True):
        U = np.array(A, dtype=float)
        m, n = U.shape
        threshold = 1e-12 * np.abs(U).max(initial=0.0)
        pivots, swaps, r = [], 0, 0
        for j in range(n):
            if r == m:
                break
            column = np.abs(U[r:, j])
            usable = np.flatnonzero(column > threshold)
            if usable.size == 0:
                U[r:, j] = 0.0
                continue
            p = r + (int(np.argmax(column)) if largest else int(usable[0]))
            if p != r:
                U[[r, p]] = U[[p, r]]
                swaps += 1
            U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
            U[r + 1:, j] = 0.0
            pivots.append(j)
            r += 1
        return U, pivots, swaps

    rng = np.random.default_rng(2101)
    cases = []
    for m, n in ((1, 1), (1, 4), (4, 1), (3, 3), (5, 5), (3, 6), (7, 3), (12, 12)):
        cases.append((f"a random {m}×{n} matrix", rng.normal(size=(m, n))))
    cases.append(("a random 6×6 matrix with entries of size 1e-6", 1e-6 * rng.normal(size=(6, 6))))
    cases.append(("a random 4×5 matrix with entries of size 1e6", 1e6 * rng.normal(size=(4, 5))))
    B = rng.normal(size=(5, 3))
    cases.append(("a 5×4 matrix whose column 2 is column 0 plus twice column 1",
                  np.column_stack([B[:, 0], B[:, 1], B[:, 0] + 2 * B[:, 1], B[:, 2]])))
    cases.append(("a 4×5 matrix whose first column is zero",
                  np.column_stack([np.zeros(4), rng.normal(size=(4, 4))])))
    cases.append(("a 7×6 product of a 7×3 and a 3×6 matrix (rank 3, zero only up to rounding)",
                  rng.normal(size=(7, 3)) @ rng.normal(size=(3, 6))))
    cases.append(("a 6×5 product of a 6×2 and a 2×5 matrix, entries of size 1e8",
                  1e8 * (rng.normal(size=(6, 2)) @ rng.normal(size=(2, 5)))))
    cases.append(("a 4×4 rank-1 matrix with rows 0.1, 0.3, 0.7, 0.9 times [1, 2, 3, 6]",
                  np.outer([0.1, 0.3, 0.7, 0.9], [1.0, 2.0, 3.0, 6.0])))
    for label, A in cases:
        scale = np.abs(A).max()
        A0 = A.copy()
        _check_echelon(row_echelon(A), reference(A0), f"row_echelon on {label}",
                       reference(A0, largest=False), scale)
    A_int = np.array([[3, 1, -2, 4], [6, 2, -4, 1], [-1, 5, 2, 2], [2, -3, 1, 7], [5, 0, 3, -6]])
    _check_integer_input(row_echelon, A_int, reference(A_int), "row_echelon on a 5×4 integer matrix",
                         reference(A_int, largest=False))


@test_case(points=0.5, hidden=True)
def test_edge_cases_and_input_unchanged(row_echelon):
    """zero matrix, 1×1, a single column, a row starting with zeros, tiny entries; A unchanged"""
    _check_echelon(row_echelon(np.zeros((3, 2))), (np.zeros((3, 2)), [], 0),
                   "row_echelon on a 3×2 zero matrix")
    _check_echelon(row_echelon(np.array([[0.0]])), (np.zeros((1, 1)), [], 0),
                   "row_echelon on the 1×1 zero matrix")
    _check_echelon(row_echelon(np.array([[-7.0]])), (np.array([[-7.0]]), [0], 0),
                   "row_echelon on a 1×1 matrix")
    _check_echelon(row_echelon(np.array([[1.0], [-3.0], [2.0]])),
                   (np.array([[-3.0], [0.0], [0.0]]), [0], 1), "row_echelon on a 3×1 column",
                   no_pivot=(np.array([[1.0], [0.0], [0.0]]), [0], 0))
    _check_echelon(row_echelon(np.array([[0.0, 0.0, 2.0, 1.0]])),
                   (np.array([[0.0, 0.0, 2.0, 1.0]]), [2], 0),
                   "row_echelon on a 1×4 row that starts with zeros")
    tiny = 1e-13 * np.array([[1.0, 2.0], [2.0, 4.0]])
    _check_echelon(row_echelon(tiny), (1e-13 * np.array([[2.0, 4.0], [0.0, 0.0]]), [0], 1),
                   "row_echelon on a rank-1 2×2 matrix with entries of size 1e-13", scale=1e-13)
    rng = np.random.default_rng(2102)
    A = rng.normal(size=(5, 4))
    A0 = A.copy()
    row_echelon(A)
    expect_unchanged(A0, A, what="A")


def _with_hint(hint, check, *args, **kwargs):
    """Run one comparison; a wrong result (not a wrong type or shape) gets `hint`, the mistake
    this input is built to expose."""
    try:
        check(*args, **kwargs)
    except Mismatch as m:
        if m.kind in ("type", "shape", "mutation"):
            raise
        raise Mismatch(f"{m.detail} Hint: {hint}", verdict=f"wrong result on this input; {hint}",
                       hint=hint, kind=m.kind) from None


@test_case(points=0.25, hidden=True)
def test_tol_argument_ties_and_threshold(row_echelon):
    """the tol argument is used, ties go to the topmost row, an entry equal to the threshold is zero, a rank-1 matrix with only negative entries"""
    A = np.array([[2.0, 1.0], [1.0, 0.5 + 1e-8]])
    what = "row_echelon(A, tol=1e-6) on a matrix whose second pivot is about 1e-8"
    _with_hint(TOL_IGNORED, _check_echelon, row_echelon(A.copy(), 1e-6),
               (np.array([[2.0, 1.0], [0.0, 0.0]]), [0], 0), what)
    A = np.array([[1.0, 2.0], [-1.0, 3.0]])
    _with_hint(TIE, _check_echelon, row_echelon(A.copy()),
               (np.array([[1.0, 2.0], [0.0, 5.0]]), [0, 1], 0),
               "row_echelon on a matrix with a tie for the first pivot")
    A = np.array([[1.0, 0.0], [0.0, 1e-12]])
    _with_hint(BOUNDARY, _check_echelon, row_echelon(A.copy()),
               (np.array([[1.0, 0.0], [0.0, 0.0]]), [0], 0),
               "row_echelon on a matrix with an entry exactly at the threshold")
    A = np.array([[-1.0, -2.0], [-2.0, -4.0]])
    _with_hint(ABS_MAX, _check_echelon, row_echelon(A.copy()),
               (np.array([[-2.0, -4.0], [0.0, 0.0]]), [0], 1),
               "row_echelon on a rank-1 matrix with only negative entries")
