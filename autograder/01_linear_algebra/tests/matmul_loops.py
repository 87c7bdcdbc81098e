"""matmul_loops: the matrix product A B with loops."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises

OK_FORMAT = False
name = "matmul_loops"
hints = [
    "For A of shape (m, n) and B of shape (n, k) the result C has shape (m, k).",
    "C[i, j] is the dot product of row i of A with column j of B: sum A[i, l] * B[l, j] over l.",
    "Three nested loops over i, j and l fill C = np.zeros((m, k)); check A.shape[1] == B.shape[0] first.",
]


def _mistakes(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    out = {}
    if A.shape == B.shape:
        out["`A * B` multiplies entry by entry (the Hadamard product); the matrix product is "
            "`A @ B`, which sums over the inner index."] = A * B
    if A.shape[0] == B.shape[1]:
        out["the factors are swapped: you computed B A, and matrix products do not commute."] = B @ A
    return out


@test_case(points=1, hidden=False)
def test_two_by_two(matmul):
    """two non-commuting 2×2 matrices"""
    A = np.array([[1.0, 2.0], [3.0, 4.0]])
    B = np.array([[0.0, 1.0], [1.0, 0.0]])
    expect_close(matmul(A.copy(), B.copy()), np.array([[2.0, 1.0], [4.0, 3.0]]),
                 what="matmul([[1, 2], [3, 4]], [[0, 1], [1, 0]])", misconceptions=_mistakes(A, B))


@test_case(points=0.5, hidden=False)
def test_rectangular(matmul):
    """(2×3) times (3×2) gives a 2×2 result"""
    A = np.array([[1.0, 0.0, 2.0], [0.0, 1.0, 1.0]])
    B = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    expect_close(matmul(A.copy(), B.copy()), np.array([[11.0, 14.0], [8.0, 10.0]]),
                 what="matmul of a (2, 3) and a (3, 2) matrix", misconceptions=_mistakes(A, B))


@test_case(points=0.5, hidden=False)
def test_inner_dimension_mismatch(matmul):
    """inner dimensions 3 and 2 raise ValueError"""
    expect_raises(ValueError, matmul, np.ones((2, 3)), np.ones((2, 2)),
                  what="matmul(A of shape (2, 3), B of shape (2, 2))")


@test_case(points=1, hidden=True)
def test_random_shapes(matmul):
    """random products of shapes up to 8×8, including 1×n and n×1 factors"""
    rng = np.random.default_rng(1105)
    for m, n, k in ((1, 4, 1), (4, 1, 3), (3, 5, 2), (6, 6, 6), (8, 2, 7)):
        A, B = rng.normal(size=(m, n)), rng.normal(size=(n, k))
        expect_close(matmul(A.copy(), B.copy()), A @ B, what=f"matmul of ({m}, {n}) and ({n}, {k})",
                     misconceptions=_mistakes(A, B))
