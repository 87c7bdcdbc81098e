"""cholesky_factor: the lower-triangular L with positive diagonal and L Lᵀ = A, column by column."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises,
                            expect_same_on_integers, expect_true, expect_unchanged)

OK_FORMAT = False
name = "cholesky_factor"
hints = [
    "Start from L = np.zeros((n, n)) and fill it one column j at a time, left to right. Every "
    "entry you need from L is then in a column already filled.",
    "Diagonal: pivot = A[j, j] - L[j, :j] @ L[j, :j]. If pivot <= 0, raise ValueError; otherwise "
    "L[j, j] = np.sqrt(pivot).",
    "Below the diagonal: L[i, j] = (A[i, j] - L[i, :j] @ L[j, :j]) / L[j, j] for i > j. In one line: "
    "L[j+1:, j] = (A[j+1:, j] - L[j+1:, :j] @ L[j, :j]) / L[j, j].",
]

bans = {"cholesky_factor": [
    "numpy.var", "numpy.std", "numpy.cov", "numpy.corrcoef",   # off limits in every exercise
    "numpy.linalg", "scipy"]}
ban_reason = ("build L column by column from the formulas yourself, with loops, `@` and np.sqrt: the task "
              "rules out np.linalg.cholesky and every other np.linalg routine (and scipy.linalg does the "
              "same); np.linalg.cholesky is fine to use from the next exercise, sample_mvn, on.")

UPPER = ("you returned the UPPER factor Lᵀ (zeros below the diagonal). The task asks for the lower "
         "triangular L with L @ L.T == A: transpose your result, or fill the columns of L below the "
         "diagonal.")
UPPER_NOT_ZERO = ("the entries above the diagonal of L must be 0. Yours still hold the entries of A, "
                  "so start from np.zeros((n, n)) rather than from a copy of A.")
NAN = ("your L contains NaN: np.sqrt of a negative number. A value under the square root that is "
       "<= 0 means A is not positive definite, so check it and raise ValueError instead of taking "
       "the root.")


def _check_factor(got, A, L, what):
    """Compare with the right factor L (computed by the caller); the tolerance is relative to A's scale."""
    A = np.asarray(A, dtype=float)
    wrong = [(L.T, UPPER), (L + np.triu(A, 1), UPPER_NOT_ZERO)]
    expect_close(got, L, rtol=1e-10, atol=1e-12 * np.sqrt(np.abs(A).max()), what=what,
                 misconceptions=wrong)


def _expect_not_pd(cholesky_factor, A, what, when=""):
    """ValueError expected; a returned matrix with NaN gets the targeted hint."""
    try:
        got = cholesky_factor(A)
    except ValueError:
        return
    except Exception:
        expect_raises(ValueError, cholesky_factor, A, what=what, when=when)   # names the wrong error
        return
    try:
        has_nan = bool(np.isnan(np.asarray(got, dtype=float)).any())
    except (TypeError, ValueError):
        has_nan = False
    expect_true(not has_nan, f"{what} returned a matrix containing NaN instead of raising ValueError.",
                verdict="returned NaN instead of raising ValueError", hint=NAN)
    when = f" {when}" if when else ""
    expect_true(False, f"{what} should raise ValueError{when}, but it returned normally.",
                verdict="returned normally where ValueError was expected")


@test_case(points=0.75, hidden=False)
def test_two_by_two(cholesky_factor):
    """cholesky_factor([[4, 2], [2, 5]]) = [[2, 0], [1, 2]]"""
    A = np.array([[4.0, 2.0], [2.0, 5.0]])
    _check_factor(cholesky_factor(A.copy()), A, np.array([[2.0, 0.0], [1.0, 2.0]]),
                  "cholesky_factor([[4, 2], [2, 5]])")


@test_case(points=0.5, hidden=False)
def test_three_by_three_integers(cholesky_factor):
    """cholesky_factor([[1, 2, -1], [2, 13, 1], [-1, 1, 6]]) = [[1, 0, 0], [2, 3, 0], [-1, 1, 2]] (integer input)"""
    A = [[1, 2, -1], [2, 13, 1], [-1, 1, 6]]
    what = "cholesky_factor([[1, 2, -1], [2, 13, 1], [-1, 1, 6]])"
    L = np.array([[1.0, 0.0, 0.0], [2.0, 3.0, 0.0], [-1.0, 1.0, 2.0]])
    expect_same_on_integers(lambda M: _check_factor(cholesky_factor(M), A, L, what),
                            np.array(A), what=what)


@test_case(points=0.5, hidden=False)
def test_not_positive_definite(cholesky_factor):
    """[[1, 2], [2, 1]] (indefinite) and [[2, 1], [0, 2]] (not symmetric) raise ValueError"""
    _expect_not_pd(cholesky_factor, np.array([[1.0, 2.0], [2.0, 1.0]]),
                   "cholesky_factor([[1, 2], [2, 1]])", when="(its eigenvalues are 3 and −1)")
    expect_raises(ValueError, cholesky_factor, np.array([[2.0, 1.0], [0.0, 2.0]]),
                  what="cholesky_factor([[2, 1], [0, 2]])", when="(A is not symmetric)")


NOT_SYMMETRIC = ("check symmetry of the whole matrix with np.allclose(A, A.T) and its default "
                 "tolerances, before factoring: a matrix whose mirror entries differ by far more than "
                 "rounding is not symmetric, even if only one pair differs and only a little.")
SCALE_THRESHOLD = ("you raised ValueError for a positive definite matrix whose entries are tiny (about "
                   "1e-12): its pivots are tiny but positive. Test pivot <= 0 exactly, with no "
                   "threshold of your own.")
EXACT_SYMMETRY = ("you rejected a matrix that is symmetric up to rounding (A[0, 1] and A[1, 0] differ "
                  "by about 1e-13): compare with np.allclose(A, A.T), as the task says, not with == or "
                  "np.array_equal.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
