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


@test_case(points=0.5, hidden=True)
def test_random_matrices(cholesky_factor):
    """random symmetric positive definite matrices from 1×1 to 8×8, an integer matrix, A left unchanged"""
    rng = np.random.default_rng(3231)
    for n in (1, 2, 4, 6, 8):
        B = rng.normal(size=(n, n))
        A = B @ B.T + n * np.eye(n) * rng.uniform(0.1, 2)
        A = (A + A.T) / 2
        A0 = A.copy()
        _check_factor(cholesky_factor(A), A0, np.linalg.cholesky(A0), f"cholesky_factor on a random {n}×{n} matrix")
        expect_unchanged(A0, A, what="A")
    A_int = np.array([[5, 2, 1, 0], [2, 6, -1, 2], [1, -1, 4, 1], [0, 2, 1, 7]])
    A_int0 = A_int.copy()
    what = "cholesky_factor on a 4×4 integer matrix"
    expect_same_on_integers(lambda M: _check_factor(cholesky_factor(M), A_int0, np.linalg.cholesky(A_int0), what),
                            A_int, what=what)
    expect_unchanged(A_int0, A_int, what="A")
    scaled = 1e-6 * A_int
    _check_factor(cholesky_factor(scaled), scaled, np.linalg.cholesky(scaled),
                  "cholesky_factor on a matrix with tiny entries")


@test_case(points=0.5, hidden=True)
def test_singular_indefinite_and_non_square(cholesky_factor):
    """singular, indefinite and negative matrices raise ValueError, and so do non-square and slightly non-symmetric ones"""
    _expect_not_pd(cholesky_factor, np.array([[4.0, 2.0, 0.0], [2.0, 1.0, 0.0], [0.0, 0.0, 3.0]]),
                   "cholesky_factor on a singular 3×3 matrix")
    _expect_not_pd(cholesky_factor, np.array([[-1.0]]), "cholesky_factor([[-1]])")
    _expect_not_pd(cholesky_factor, np.array([[2.0, 0.0, 3.0], [0.0, 1.0, 0.0], [3.0, 0.0, 2.0]]),
                   "cholesky_factor on an indefinite 3×3 matrix")
    _expect_not_pd(cholesky_factor, np.array([[1, 2], [2, 4]]),
                   "cholesky_factor on a singular integer matrix")
    expect_raises(ValueError, cholesky_factor, np.ones((2, 3)), what="cholesky_factor on a 2×3 matrix")
    # positive definite lower triangle, but A[1, 2] and A[2, 1] differ by 0.05: not np.allclose(A, A.T)
    A = np.array([[4.0, 1.0, 0.5], [1.0, 3.0, 0.45], [0.5, 0.4, 2.0]])
    try:
        got = cholesky_factor(A.copy())
    except ValueError:
        got = None
    except Exception:
        expect_raises(ValueError, cholesky_factor, A.copy(), what="cholesky_factor on a non-symmetric 3×3 matrix")
    expect_true(got is None, "cholesky_factor on a 3×3 matrix with A[1, 2] ≠ A[2, 1] (by 0.05) returned "
                "normally; it should raise ValueError because A is not symmetric.",
                verdict="returned normally for a slightly non-symmetric 3×3 matrix",
                hint=NOT_SYMMETRIC)


NOT_SYMMETRIC = ("check symmetry of the whole matrix with np.allclose(A, A.T) and its default "
                 "tolerances, before factoring: a matrix whose mirror entries differ by far more than "
                 "rounding is not symmetric, even if only one pair differs and only a little.")
SCALE_THRESHOLD = ("you raised ValueError for a positive definite matrix whose entries are tiny (about "
                   "1e-12): its pivots are tiny but positive. Test pivot <= 0 exactly, with no "
                   "threshold of your own.")
EXACT_SYMMETRY = ("you rejected a matrix that is symmetric up to rounding (A[0, 1] and A[1, 0] differ "
                  "by about 1e-13): compare with np.allclose(A, A.T), as the task says, not with == or "
                  "np.array_equal.")


@test_case(points=0.25, hidden=True)
def test_scales_rounding_and_repeated_eigenvalues(cholesky_factor):
    """entries scaled by 1e-12 and 1e12; symmetric only up to rounding; 3·I and a nested list; a float array out"""
    rng = np.random.default_rng(3232)
    B = rng.normal(size=(4, 4))
    base = B @ B.T + 4 * np.eye(4)
    base = (base + base.T) / 2
    for scale in (1e-12, 1e12):
        A = base * scale
        what = f"cholesky_factor on a positive definite 4×4 matrix with entries about {scale:g}"
        try:
            got = cholesky_factor(A.copy())
        except ValueError as exc:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict=f"raised ValueError for a positive definite matrix scaled by {scale:g}",
                        hint=SCALE_THRESHOLD)
        _check_factor(got, A, np.linalg.cholesky(A), what)
    A = base.copy()
    A[0, 1] += 1e-13
    what = "cholesky_factor on a matrix symmetric up to rounding (A[0, 1] − A[1, 0] ≈ 1e-13)"
    try:
        got = cholesky_factor(A.copy())
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}).",
                    verdict="raised ValueError for a matrix that is symmetric up to rounding",
                    hint=EXACT_SYMMETRY)
    _check_factor(got, base, np.linalg.cholesky(base), what)
    got = cholesky_factor(3 * np.eye(3))
    expect_array(got, what="cholesky_factor(3 * np.eye(3))")
    _check_factor(got, 3 * np.eye(3), np.sqrt(3.0) * np.eye(3), "cholesky_factor(3 * np.eye(3))")
    got = cholesky_factor([[9, 3], [3, 5]])
    expect_array(got, what="cholesky_factor([[9, 3], [3, 5]]) on a nested list of ints")
    _check_factor(got, [[9, 3], [3, 5]], np.array([[3.0, 0.0], [1.0, 2.0]]),
                  "cholesky_factor([[9, 3], [3, 5]]) on a nested list of ints")
    for bad, kind in ((np.array([4.0, 1.0]), "a 1-D array"), (np.ones((2, 2, 2)), "a 3-D array")):
        try:
            expect_raises(ValueError, cholesky_factor, bad, what=f"cholesky_factor on {kind}",
                          when="(A must be a square 2-D matrix)")
        except Mismatch as m:
            expect_true(False, m.detail, verdict=f"for {kind}: {m.verdict}")
