"""determinant: det(A) = (-1)^swaps times the product of the pivots of the row echelon form."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_close, expect_raises, expect_same_on_integers,
                            expect_true, expect_unchanged)

OK_FORMAT = False
name = "determinant"
hints = [
    "Row operations that add a multiple of one row to another leave the determinant unchanged, "
    "each row swap flips its sign, and a triangular matrix has the product of its diagonal as "
    "determinant.",
    "Call U, pivots, swaps = row_echelon(A, tol). If len(pivots) < n, A is singular: return 0.0.",
    "Otherwise the determinant is (-1)**swaps * np.prod(np.diag(U)). Check that A is square "
    "before anything else.",
]
bans = {"determinant": ["numpy.linalg", "scipy"]}
ban_reason = ("compute det A from your own row_echelon, (-1)**swaps times the product of the pivots, "
              "as the task and the notebook's ground rules say: np.linalg.det, slogdet and "
              "scipy.linalg.det do it for you. np.linalg is the tool to use from "
              "01_linear_algebra/03_analytic_geometry on.")

FORGOT_SIGN = ("your determinant has the wrong sign. Each row swap flips the sign of the "
               "determinant, so multiply the product of the pivots by (-1)**swaps.")
DIAGONAL_OF_A = ("the product of the diagonal is the determinant only for a triangular matrix: "
                 "take the diagonal of U after elimination, not of A.")

NOT_ZERO = ("this matrix is singular (fewer than n pivots), so its determinant is 0.0 exactly, as the "
            "task asks. Your value is the product of rounding residues: decide singularity with the "
            "relative tolerance (tol * max|A|, as row_echelon does) and return 0.0 when "
            "len(pivots) < n.")
NOT_FLOAT = ("the task asks for a float: return float(...) of the product, and 0.0 (not 0) for a "
             "singular matrix.")
TOO_SMALL = ("you returned 0.0 for an invertible matrix whose entries are merely small: its "
             "determinant is tiny because it is a product of n small pivots. Singularity is decided "
             "by the pivots and the relative tolerance (tol * max|A|), not by comparing det with a "
             "fixed number.")
SQUARE = "only a square matrix has a determinant: raise ValueError when A is not n × n."

TOL_IGNORED = ("right for the default tol, wrong for the tol passed in: use the caller's tol "
               "(threshold = tol * max|A|) and pass it on to the functions you call, instead of the "
               "default 1e-12.")


def _is_float(got, what):
    expect_true(isinstance(got, (float, np.floating)),
                f"{what} returned {type(got).__name__} {got!r}, not a float.",
                verdict=f"returned {type(got).__name__}, not a float", hint=NOT_FLOAT)


RAISES_ON_SINGULAR = ("a singular matrix has a determinant, 0.0: return 0.0 when len(pivots) < n; "
                      "raise ValueError only for a matrix that is not square.")


def _zero(determinant, A, what):
    try:
        got = determinant(A)
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}) for a square matrix.",
                    verdict="raised ValueError for a singular square matrix", hint=RAISES_ON_SINGULAR)
    expect_close(got, 0.0, atol=1e-9, what=what)
    expect_true(got == 0.0, f"{what} returned {got!r} instead of 0.0.",
                verdict="a rounding residue instead of 0.0 for a singular matrix", hint=NOT_ZERO)
    _is_float(got, what)


def _mistakes(A, det):
    A = np.asarray(A, dtype=float)
    return {FORGOT_SIGN: -det, DIAGONAL_OF_A: float(np.prod(np.diag(A)))}


@test_case(points=1, hidden=False)
def test_two_by_two_with_swap(determinant):
    """determinant([[1, 2], [3, 4]]) = -2 (elimination swaps the two rows)"""
    A = np.array([[1.0, 2.0], [3.0, 4.0]])
    got = determinant(A.copy())
    expect_close(got, -2.0, what="determinant([[1, 2], [3, 4]])", misconceptions=_mistakes(A, -2.0))
    _is_float(got, "determinant([[1, 2], [3, 4]])")


@test_case(points=0.5, hidden=False)
def test_integer_three_by_three(determinant):
    """determinant of the integer matrix [[2, 1, 1], [4, 3, 3], [8, 7, 9]] is 4"""
    A = np.array([[2, 1, 1], [4, 3, 3], [8, 7, 9]])
    what = "determinant([[2, 1, 1], [4, 3, 3], [8, 7, 9]])"
    expect_same_on_integers(
        lambda M: expect_close(determinant(M), 4.0, what=what, misconceptions=_mistakes(A, 4.0)),
        A, what=what)


@test_case(points=0.5, hidden=False)
def test_singular(determinant):
    """a singular matrix (second row twice the first) has determinant 0"""
    _zero(determinant, np.array([[1.0, 2.0], [2.0, 4.0]]), "determinant([[1, 2], [2, 4]])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1
