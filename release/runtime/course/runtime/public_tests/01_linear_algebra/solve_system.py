"""solve_system: solve A x = b by elimination on [A | b] and back substitution."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises,
                            expect_same_on_integers, expect_true, expect_unchanged)

OK_FORMAT = False
name = "solve_system"
hints = [
    "Build the augmented matrix M = np.column_stack([A, b]) and call your row_echelon(M, tol).",
    "A is invertible exactly when the first n pivot columns of M are 0, 1, ..., n-1. Otherwise "
    "raise ValueError. Check the shapes of A and b first.",
    "With U, pivots, _ = row_echelon(M, tol), the answer is back_substitution(U[:, :n], U[:, n], tol).",
]
bans = {"solve_system": ["numpy.linalg", "scipy"]}
ban_reason = ("solve by elimination on [A | b] with your row_echelon and back_substitution, as the "
              "task and the notebook's ground rules say: np.linalg.solve, np.linalg.inv and "
              "scipy.linalg do it for you. np.linalg.solve is the tool to use from "
              "01_linear_algebra/03_analytic_geometry on.")

INVERSE = ("on this ill-conditioned system the relative residual ||Ax - b|| / (||A|| ||x||) of "
           "your x is far above the ~1e-16 that elimination leaves. That is the signature of "
           "x = inv(A) @ b (np.linalg.inv or your own inverse). Multiplying by an explicit "
           "inverse loses accuracy: eliminate on [A | b] with partial pivoting and "
           "back-substitute instead.")
TINY_PIVOT = ("the first entry of this system is tiny but not zero, and your x (or your "
              "ValueError) comes from using it as the pivot. Dividing by a tiny pivot magnifies "
              "rounding errors: use partial pivoting and swap up the row with the LARGEST |entry| "
              "in the column, as your row_echelon does.")
ZERO_PIVOT = ("your x contains NaN or inf: you divided by a zero pivot. When the entry in the pivot "
              "position is 0, swap up the row with the largest |entry| in that column.")
WRONGLY_SINGULAR = ("you raised ValueError for an invertible matrix. A zero (or small) entry in the "
                    "pivot position does not make A singular: swap up the row with the largest "
                    "|entry| in that column first.")

PIVOT_IN_B = ("A is singular here, but [A | b] still has n pivots: one of them is in the last "
              "column, b's. Only pivots in the columns of A count: raise ValueError unless the "
              "pivot columns start with 0, 1, ..., n-1 (pivots[:n] == list(range(n))).")
SHAPES = ("check the shapes first: A must be square (n × n) and b must have shape (n,); raise "
          "ValueError otherwise, before any elimination.")
SCALED = ("every entry of this A (and b) is about 1e-13, and you treated them as zero. The "
          "tolerance is relative: tol * max|A|, so the same system in other units gets the same "
          "answer.")

TOL_IGNORED = ("right for the default tol, wrong for the tol passed in: use the caller's tol "
               "(threshold = tol * max|A|) and pass it on to the functions you call, instead of the "
               "default 1e-12.")


NOT_AUGMENTED = ("you eliminated on A alone and back-substituted with the ORIGINAL b: every row "
                 "operation (swaps included) must also act on b. Eliminate on the augmented matrix "
                 "np.column_stack([A, b]) and back-substitute with its last column.")


def _b_left_behind(A, b):
    """What back substitution with the elimination's U of A alone and the untouched b returns."""
    U = np.array(A, dtype=float)
    n = len(U)
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        U[[j, p]] = U[[p, j]]
        U[j + 1:, j:] -= np.outer(U[j + 1:, j] / U[j, j], U[j, j:])
    return np.linalg.solve(np.triu(U), np.asarray(b, dtype=float))


def _refuses(solve_system, A, b, what, hint, when=""):
    try:
        expect_raises(ValueError, solve_system, A, b, what=what, when=when)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {hint}", verdict=f"{m.verdict}; {hint}", hint=hint,
                       kind=m.kind) from None


def _solve(solve_system, A, b, what, hint_on_value_error=WRONGLY_SINGULAR):
    """Call the learner: a ValueError or a NaN/inf answer on an invertible system gets a hint."""
    try:
        x = solve_system(A, b)
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}), but A is invertible.",
                    verdict="raised ValueError for an invertible matrix", hint=hint_on_value_error)
    try:
        finite = bool(np.all(np.isfinite(np.asarray(x, dtype=float))))
    except (TypeError, ValueError):
        finite = True  # not numeric: expect_close reports the type
    expect_true(finite, f"{what} returned {x!r}.", verdict="returned NaN or inf", hint=ZERO_PIVOT)
    return x


def _relative_residual(A, x, b):
    x = np.asarray(x, dtype=float)
    return np.linalg.norm(A @ x - b) / (np.linalg.norm(A, 2) * np.linalg.norm(x))


@test_case(points=0.75, hidden=False)
def test_three_by_three_needs_a_swap(solve_system):
    """solve_system([[0, 2, 1], [1, 1, 1], [2, 1, 0]], [7, 6, 4]) = [1, 2, 3] (the (0, 0) entry is 0)"""
    A = np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 1.0], [2.0, 1.0, 0.0]])
    b = np.array([7.0, 6.0, 4.0])
    what = "solve_system([[0, 2, 1], [1, 1, 1], [2, 1, 0]], [7, 6, 4])"
    expect_close(_solve(solve_system, A.copy(), b.copy(), what), np.array([1.0, 2.0, 3.0]),
                 what=what, misconceptions={NOT_AUGMENTED: _b_left_behind(A, b)})


@test_case(points=0.5, hidden=False)
def test_singular_raises(solve_system):
    """a singular system (second row twice the first) raises ValueError"""
    _refuses(solve_system, np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([3.0, 6.0]),
             "solve_system([[1, 2], [2, 4]], [3, 6])",
             "a column of A without a pivot means A is singular: raise ValueError.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 5
HIDDEN_POINTS = 1.75
