"""inverse_gauss_jordan: the inverse by Gauss-Jordan elimination with partial pivoting on [A | I]."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises,
                            expect_same_on_integers, expect_true, expect_unchanged)

OK_FORMAT = False
name = "inverse_gauss_jordan"
hints = [
    "Start from M = np.hstack([np.array(A, dtype=float), np.eye(n)]): the row operations that turn "
    "the left half into I turn the right half into the inverse.",
    "For each column j: pick the pivot row p (largest |M[p, j]| among rows j..n-1), raise "
    "ValueError if it is <= tol * max|A|, swap rows j and p, and divide row j by M[j, j].",
    "Then clear column j in EVERY other row i (above and below): M[i] -= M[i, j] * M[j]. At the "
    "end return M[:, n:].",
]
bans = {"inverse_gauss_jordan": ["numpy.linalg", "scipy"]}
ban_reason = ("invert A by Gauss-Jordan elimination on [A | I] yourself, as the task and the "
              "notebook's ground rules say: np.linalg.inv, np.linalg.pinv and scipy.linalg.inv do "
              "it for you. np.linalg is the tool to use from 01_linear_algebra/03_analytic_geometry "
              "on.")

TRANSPOSED = ("you returned the transpose of the inverse. Keep the rows of [A | I] as rows, "
              "and return the right half M[:, n:] as it is.")
LEFT_HALF = ("you returned the identity, which is the LEFT half of [A | I] after elimination. The "
             "inverse is the right half, M[:, n:].")
ONLY_BELOW = ("you cleared each pivot column only below the pivot (Gaussian elimination). "
              "Gauss-Jordan also clears it ABOVE the pivot, so that the left half becomes I.")
NOT_SCALED = ("you did not divide each pivot row by its pivot, so the left half ends as a diagonal "
              "matrix rather than I. Divide row j by M[j, j] before clearing column j.")
ZERO_PIVOT = ("your result contains NaN or inf: you divided by a zero pivot. When the entry in the "
              "pivot position is 0, swap up the row with the largest |entry| in that column.")
WRONGLY_SINGULAR = ("you raised ValueError for an invertible matrix. A zero entry in the pivot "
                    "position does not make A singular: swap up the row with the largest |entry| "
                    "in that column first. (And swap with M[[j, p]] = M[[p, j]]: `M[j], M[p] = "
                    "M[p], M[j]` copies one row onto the other, because NumPy rows are views into "
                    "M, and two equal rows make the matrix singular.)")
SCALED = ("you raised ValueError for an invertible matrix whose entries are all about 1e-13. The "
          "threshold is tol * max|A|, the largest entry of A itself: not of [A | I] (whose "
          "identity block makes it at least 1) and not a fixed number.")
SINGULAR = ("this matrix is singular up to rounding: some column has no pivot larger than "
            "tol * max|A|. Compare each pivot with that relative threshold (not with == 0) and "
            "raise ValueError.")
SQUARE = "only a square matrix has an inverse: raise ValueError when A is not n × n."

TOL_IGNORED = ("right for the default tol, wrong for the tol passed in: use the caller's tol "
               "(threshold = tol * max|A|) and pass it on to the functions you call, instead of the "
               "default 1e-12.")
TINY_PIVOT = ("this matrix's first entry is tiny but not zero, and your inverse has lost many digits: "
              "you divided by it. Partial pivoting swaps up the row with the LARGEST |entry| in the "
              "column (rows j..n-1) even when the entry in place is not zero.")


def _refuses(inverse_gauss_jordan, A, what, hint, when=""):
    try:
        expect_raises(ValueError, inverse_gauss_jordan, A, what=what, when=when)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {hint}", verdict=f"{m.verdict}; {hint}", hint=hint,
                       kind=m.kind) from None


def _invert(inverse_gauss_jordan, A, what, hint_on_value_error=WRONGLY_SINGULAR):
    """Call the learner: a ValueError or a NaN/inf answer for an invertible A gets a hint."""
    try:
        X = inverse_gauss_jordan(A)
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}), but A is invertible.",
                    verdict="raised ValueError for an invertible matrix", hint=hint_on_value_error)
    try:
        finite = bool(np.all(np.isfinite(np.asarray(X, dtype=float))))
    except (TypeError, ValueError):
        finite = True  # not numeric: expect_close reports the type
    expect_true(finite, f"{what} returned an array containing NaN or inf.",
                verdict="returned NaN or inf", hint=ZERO_PIVOT)
    return X


def _mistakes(A, A_inv):
    n = len(A)
    return {TRANSPOSED: A_inv.T, LEFT_HALF: np.eye(n)}


@test_case(points=1, hidden=False)
def test_three_by_three_zero_corner(inverse_gauss_jordan):
    """inverse_gauss_jordan([[0, 1, 2], [1, 0, 3], [4, -3, 8]]) (the (0, 0) entry is 0)"""
    A = np.array([[0.0, 1.0, 2.0], [1.0, 0.0, 3.0], [4.0, -3.0, 8.0]])
    expected = np.array([[-4.5, 7.0, -1.5], [-2.0, 4.0, -1.0], [1.5, -2.0, 0.5]])
    mistakes = _mistakes(A, expected)
    mistakes[ONLY_BELOW] = np.array([[0.0, 0.0, 0.25], [1.0, 0.0, 0.0], [1.5, -2.0, 0.5]])
    mistakes[NOT_SCALED] = np.array([[-18.0, 28.0, -6.0], [-2.0, 4.0, -1.0], [-0.75, 1.0, -0.25]])
    what = "inverse_gauss_jordan([[0, 1, 2], [1, 0, 3], [4, -3, 8]])"
    expect_close(_invert(inverse_gauss_jordan, A.copy(), what), expected, what=what,
                 misconceptions=mistakes)


@test_case(points=0.5, hidden=False)
def test_singular_raises(inverse_gauss_jordan):
    """a singular matrix (second row twice the first) raises ValueError"""
    expect_raises(ValueError, inverse_gauss_jordan, np.array([[1.0, 2.0], [2.0, 4.0]]),
                  what="inverse_gauss_jordan([[1, 2], [2, 4]])")


@test_case(points=0.5, hidden=True)
def test_random_integer_and_permutation(inverse_gauss_jordan):
    """random invertible matrices from 1×1 to 8×8, integer input, a permutation matrix; A unchanged"""
    rng = np.random.default_rng(2601)
    matrices = [rng.normal(size=(n, n)) + n * np.eye(n) for n in (1, 2, 4, 6, 8)]
    matrices.append(np.eye(5)[[3, 0, 4, 1, 2]])
    for A in matrices:
        n = len(A)
        A0 = A.copy()
        expected = np.linalg.inv(A0)
        X = _invert(inverse_gauss_jordan, A, f"inverse_gauss_jordan ({n}×{n})")
        expect_close(X, expected, rtol=1e-9, atol=1e-12, what=f"the inverse of a {n}×{n} matrix",
                     misconceptions=_mistakes(A0, expected) if n > 1 else None)
        expect_unchanged(A0, A, what="A")
    A_int = np.array([[2, 1, 0], [1, 3, 1], [0, 1, 4]])
    expected = np.linalg.inv(A_int.astype(float))
    what = "inverse_gauss_jordan of a 3×3 integer matrix"
    expect_same_on_integers(
        lambda M: expect_close(_invert(inverse_gauss_jordan, M, what), expected, rtol=1e-9,
                               atol=1e-12, what=what, misconceptions=_mistakes(A_int, expected)),
        A_int, what=what)
    expect_array(_invert(inverse_gauss_jordan, A_int.copy(), what), what=what)


@test_case(points=0.5, hidden=True)
def test_singular_and_non_square(inverse_gauss_jordan):
    """singular matrices (exactly and up to rounding, zero matrix) and a non-square A raise ValueError"""
    rng = np.random.default_rng(2602)
    _refuses(inverse_gauss_jordan, np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]]),
             "inverse_gauss_jordan of an integer 3×3 matrix of rank 2", SINGULAR)
    _refuses(inverse_gauss_jordan, rng.normal(size=(5, 3)) @ rng.normal(size=(3, 5)),
             "inverse_gauss_jordan of a 5×5 matrix of rank 3", SINGULAR,
             when="(its rank deficiency shows only up to rounding)")
    _refuses(inverse_gauss_jordan, 1e8 * (rng.normal(size=(4, 2)) @ rng.normal(size=(2, 4))),
             "inverse_gauss_jordan of a 4×4 matrix of rank 2 with entries of size 1e8", SINGULAR)
    _refuses(inverse_gauss_jordan, np.zeros((2, 2)), "inverse_gauss_jordan of the 2×2 zero matrix",
             SINGULAR)
    _refuses(inverse_gauss_jordan, np.ones((2, 3)), "inverse_gauss_jordan of a 2×3 matrix", SQUARE)
    _refuses(inverse_gauss_jordan, np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 3.0]]),
             "inverse_gauss_jordan of a 2×3 matrix whose first two columns are independent", SQUARE)
    _refuses(inverse_gauss_jordan, np.ones((3, 2)) + np.eye(3, 2),
             "inverse_gauss_jordan of a 3×2 matrix", SQUARE)


@test_case(points=0.25, hidden=True)
def test_tiny_and_huge_entries(inverse_gauss_jordan):
    """invertible matrices with entries of size 1e-13 and 1e8: the tolerance is relative to max|A|"""
    rng = np.random.default_rng(2603)
    for scale in (1e-13, 1e8):
        A = scale * (rng.normal(size=(4, 4)) + 4 * np.eye(4))
        A0 = A.copy()
        what = f"inverse_gauss_jordan of a 4×4 matrix with entries of size {scale:g}"
        X = _invert(inverse_gauss_jordan, A, what, hint_on_value_error=SCALED)
        expect_close(X, np.linalg.inv(A0), rtol=1e-9, atol=0, what=what,
                     misconceptions=_mistakes(A0, np.linalg.inv(A0)))
        expect_unchanged(A0, A, what="A")


@test_case(points=0.25, hidden=True)
def test_tol_argument_and_tiny_first_pivot(inverse_gauss_jordan):
    """the tol argument is used; matrices whose first entry is tiny but not zero need a row swap"""
    A = np.array([[2.0, 1.0], [1.0, 0.5 + 1e-8]])
    _refuses(lambda M: inverse_gauss_jordan(M, 1e-6), A,
             "inverse_gauss_jordan(A, tol=1e-6) where A's second pivot is about 1e-8", TOL_IGNORED)
    for A in ([[3e-11, 0.7, 0.2], [0.6, 0.9, 1.3], [1.1, 0.4, 0.8]],
              [[1e-10, 2.0, 1.0, 0.0], [1.0, 1.0, 0.0, 2.0], [2.0, 0.0, 3.0, 1.0], [0.0, 1.0, 1.0, 1.0]]):
        A = np.array(A)
        n = len(A)
        what = f"inverse_gauss_jordan of a {n}×{n} matrix with a tiny first entry"
        X = _invert(inverse_gauss_jordan, A.copy(), what, hint_on_value_error=WRONGLY_SINGULAR)
        expected = np.linalg.inv(A)
        try:
            expect_close(X, expected, rtol=1e-9, atol=1e-12, what=what,
                         misconceptions=_mistakes(A, expected))
        except Mismatch as m:
            if m.hint or m.kind in ("type", "shape"):
                raise
            raise Mismatch(f"{m.detail} Hint: {TINY_PIVOT}", verdict=f"{m.verdict}; {TINY_PIVOT}",
                           hint=TINY_PIVOT, kind=m.kind) from None
