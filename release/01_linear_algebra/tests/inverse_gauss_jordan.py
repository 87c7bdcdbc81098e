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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.5
