"""matvec_loops: the matrix-vector product A x with loops."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_array, expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "matvec_loops"
hints = [
    "The result has one entry per row of A: y has shape (m,) when A has shape (m, n).",
    "y[i] is the dot product of row i of A with x: loop over i, and inside over j, adding A[i, j] * x[j].",
    "Start from y = np.zeros(m) (floats), and check A.shape[1] == len(x) before the loops.",
]
PRODUCTS = ["numpy.dot", "numpy.matmul", "@", ".dot", "numpy.inner", "numpy.vdot", "numpy.einsum",
            "numpy.tensordot", "numpy.linalg", "scipy"]
bans = {"matvec": PRODUCTS}
ban_reason = ("write the loops that form each y[i] = Σ_j A[i, j] x[j] yourself: that is what "
              "A @ x, np.dot, np.matmul, np.einsum and np.tensordot compute. `@` is the tool to use "
              "from 01_linear_algebra/02_linear_systems on, np.linalg from "
              "01_linear_algebra/03_analytic_geometry on.")

SHAPES = ("when A has n columns, x must have exactly n entries: compare A.shape[1] with len(x) "
          "before the loops and raise ValueError if they differ (a longer x would otherwise be "
          "silently cut, and a shorter one raise IndexError).")
def _mistakes(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    out = {"`A * x` broadcasts x across the rows and multiplies entrywise; the product Ax also "
           "sums along each row (use loops).": A * x}
    if A.shape[0] == A.shape[1]:
        out["you multiplied by the columns instead of the rows: that is Aᵀx, not Ax."] = A.T @ x
    return out


def _refuses(matvec, A, x, what):
    try:
        expect_raises(ValueError, matvec, A, x, what=what)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {SHAPES}", verdict=f"{m.verdict}; {SHAPES}", hint=SHAPES,
                       kind=m.kind) from None


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
    _refuses(matvec, np.ones((2, 3)), np.ones(2), "matvec(A of shape (2, 3), x of length 2)")


@test_case(points=0.5, hidden=True)
def test_random_rectangular(matvec):
    """random tall, wide and square matrices, entries of size 1e-9 and 1e8, inputs left unchanged"""
    rng = np.random.default_rng(1104)
    for m, n, scale in ((1, 1, 1.0), (5, 3, 1.0), (3, 7, 1.0), (6, 6, 1.0), (4, 2, 1e-9),
                        (2, 5, 1e8)):
        A, x = scale * rng.normal(size=(m, n)), rng.normal(size=n)
        A0, x0 = A.copy(), x.copy()
        expect_close(matvec(A, x), A0 @ x0, rtol=1e-9, atol=0,
                     what=f"matvec for A of shape ({m}, {n})" + (f", entries ~{scale:g}" if scale != 1 else ""),
                     misconceptions=_mistakes(A0, x0))
        expect_unchanged(A0, A, what="A")
        expect_unchanged(x0, x, what="x")


@test_case(points=0.5, hidden=True)
def test_dtypes_and_shapes(matvec):
    """integer A with a fractional x, all-integer input (a float array comes back); both wrong lengths raise"""
    rng = np.random.default_rng(1113)
    A = rng.integers(-5, 5, size=(4, 3))
    x = np.array([0.5, -1.25, 2.4])
    y = matvec(A.copy(), x.copy())
    expect_close(y, A @ x, what="matvec(integer A, float x)")
    expect_array(y, what="matvec(integer A, float x)")
    A, x = rng.integers(-5, 5, size=(3, 4)), rng.integers(-5, 5, size=4)
    y = matvec(A.copy(), x.copy())
    expect_array(y, what="matvec on integer arrays")
    expect_close(y, (A @ x).astype(float), what="matvec on integer arrays")
    _refuses(matvec, np.ones((3, 2)), np.ones(3), "matvec(A of shape (3, 2), x of length 3)")
    _refuses(matvec, np.ones((2, 4)), np.ones(3), "matvec(A of shape (2, 4), x of length 3)")
