"""matmul_loops: the matrix product A B with loops."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_array, expect_close, expect_raises

OK_FORMAT = False
name = "matmul_loops"
hints = [
    "For A of shape (m, n) and B of shape (n, k) the result C has shape (m, k).",
    "C[i, j] is the dot product of row i of A with column j of B: sum A[i, l] * B[l, j] over l.",
    "Three nested loops over i, j and l fill C = np.zeros((m, k)); check A.shape[1] == B.shape[0] first.",
]
PRODUCTS = ["numpy.dot", "numpy.matmul", "@", ".dot", "numpy.inner", "numpy.vdot", "numpy.einsum",
            "numpy.tensordot", "numpy.linalg", "scipy"]
bans = {"matmul": PRODUCTS}
ban_reason = ("write the loops that form each C[i, j] = Σ_l A[i, l] B[l, j] yourself (your own dot "
              "is fine): that is what A @ B, np.dot, np.matmul, np.einsum and np.tensordot "
              "compute. `@` is the tool to use from 01_linear_algebra/02_linear_systems on, "
              "np.linalg from 01_linear_algebra/03_analytic_geometry on.")

INNER = ("the inner dimensions must agree: A.shape[1] == B.shape[0]. Compare them before the loops "
         "and raise ValueError when they differ (otherwise extra rows of B are silently ignored, "
         "or indexing raises IndexError).")
SHAPE = ("C = A B has one row per row of A and one column per column of B: shape "
         "(A.shape[0], B.shape[1]).")


def _mistakes(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    out = {}
    if A.shape == B.shape:
        out["`A * B` multiplies entry by entry (the Hadamard product); the matrix product "
            "sums A[i, l] B[l, j] over the inner index l."] = A * B
    if A.shape[0] == B.shape[1]:
        out["the factors are swapped: you computed B A, and matrix products do not commute."] = B @ A
    if A.shape[1] == B.shape[1]:
        out["you paired row i of A with ROW j of B (that is A Bᵀ); use column j of B, "
            "B[l, j]."] = A @ B.T
    return out


def _refuses(matmul, A, B, what):
    try:
        expect_raises(ValueError, matmul, A, B, what=what)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {INNER}", verdict=f"{m.verdict}; {INNER}", hint=INNER,
                       kind=m.kind) from None


def _check(matmul, A, B, expected, what, **tol):
    got = matmul(A.copy(), B.copy())
    try:
        expect_close(got, expected, what=what, misconceptions=_mistakes(A, B), **tol)
    except Mismatch as m:
        if m.kind != "shape":
            raise
        raise Mismatch(f"{m.detail} Hint: {SHAPE}", verdict=f"{m.verdict}; {SHAPE}", hint=SHAPE,
                       kind=m.kind) from None
    return got


@test_case(points=1, hidden=False)
def test_two_by_two(matmul):
    """two non-commuting 2×2 matrices"""
    A = np.array([[1.0, 2.0], [3.0, 4.0]])
    B = np.array([[0.0, 1.0], [2.0, 0.0]])
    _check(matmul, A, B, np.array([[4.0, 1.0], [8.0, 3.0]]), "matmul([[1, 2], [3, 4]], [[0, 1], [2, 0]])")


@test_case(points=0.5, hidden=False)
def test_rectangular(matmul):
    """(2×3) times (3×2) gives a 2×2 result"""
    A = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]])
    B = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    _check(matmul, A, B, np.array([[11.0, 14.0], [8.0, 10.0]]), "matmul of a (2, 3) and a (3, 2) matrix")


@test_case(points=0.5, hidden=False)
def test_inner_dimension_mismatch(matmul):
    """inner dimensions 3 and 2 raise ValueError"""
    _refuses(matmul, np.ones((2, 3)), np.ones((2, 2)), "matmul(A of shape (2, 3), B of shape (2, 2))")


@test_case(points=0.5, hidden=True)
def test_random_shapes(matmul):
    """random products of shapes up to 8×8, including 1×n and n×1 factors, entries of size 1e-9 and 1e8"""
    rng = np.random.default_rng(1105)
    for m, n, k, scale in ((1, 4, 1, 1.0), (4, 1, 3, 1.0), (3, 5, 2, 1.0), (6, 6, 6, 1.0),
                           (8, 2, 7, 1.0), (2, 3, 4, 1e-9), (3, 3, 3, 1e8)):
        A, B = scale * rng.normal(size=(m, n)), rng.normal(size=(n, k))
        _check(matmul, A, B, A @ B, f"matmul of ({m}, {n}) and ({n}, {k})"
               + (f" with A's entries ~{scale:g}" if scale != 1 else ""), rtol=1e-9, atol=0)


@test_case(points=0.5, hidden=True)
def test_dtypes_and_inner_dimensions(matmul):
    """integer A times a fractional B, integer × integer (a float array comes back); mismatched inner dimensions raise"""
    rng = np.random.default_rng(1114)
    A = rng.integers(-4, 5, size=(3, 2))
    B = np.array([[0.5, -1.25, 2.4, 0.1], [1.5, 0.3, -0.7, 2.2]])
    C = _check(matmul, A, B, A @ B, "matmul(integer A, float B)")
    expect_array(C, what="matmul(integer A, float B)")
    A, B = rng.integers(-4, 5, size=(2, 3)), rng.integers(-4, 5, size=(3, 4))
    C = _check(matmul, A, B, (A @ B).astype(float), "matmul of two integer arrays")
    expect_array(C, what="matmul of two integer arrays")
    _refuses(matmul, np.ones((2, 3)), np.ones((4, 2)), "matmul(A of shape (2, 3), B of shape (4, 2))")
    _refuses(matmul, np.ones((3, 3)), np.ones((2, 3)), "matmul(A of shape (3, 3), B of shape (2, 3))")
