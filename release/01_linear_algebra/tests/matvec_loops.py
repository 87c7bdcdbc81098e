"""matvec_loops: the matrix-vector product A x with loops."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "matvec_loops"
hints = [
    "The result has one entry per row of A: y has shape (m,) when A has shape (m, n).",
    "y[i] is the dot product of row i of A with x: loop over i, and inside over j, adding A[i, j] * x[j].",
    "Start from y = np.zeros(m) (floats), and check A.shape[1] == len(x) before the loops.",
]


def _mistakes(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    out = {"`A * x` broadcasts x across the rows and multiplies entrywise; the product Ax also "
           "sums along each row (use loops, or `@`).": A * x}
    if A.shape[0] == A.shape[1]:
        out["you multiplied by the columns instead of the rows: that is Aᵀx, not Ax."] = A.T @ x
    return out


@test_case(points=1, hidden=False)
def test_two_by_three(matvec):
    """a 2×3 matrix times a length-3 vector"""
    A = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    x = np.array([1.0, 0.0, -1.0])
    expect_close(matvec(A.copy(), x.copy()), np.array([-2.0, -2.0]),
                 what="matvec([[1, 2, 3], [4, 5, 6]], [1, 0, -1])", misconceptions=_mistakes(A, x))


@test_case(points=0.5, hidden=False)
def test_square_not_symmetric(matvec):
    """a non-symmetric 2×2 matrix (rows and columns differ)"""
    A = np.array([[2.0, 1.0], [0.0, 3.0]])
    x = np.array([1.0, 2.0])
    expect_close(matvec(A.copy(), x.copy()), np.array([4.0, 6.0]),
                 what="matvec([[2, 1], [0, 3]], [1, 2])", misconceptions=_mistakes(A, x))


@test_case(points=0.5, hidden=False)
def test_shape_mismatch(matvec):
    """A with 3 columns and x of length 2 raises ValueError"""
    expect_raises(ValueError, matvec, np.ones((2, 3)), np.ones(2), what="matvec(A of shape (2, 3), x of length 2)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
