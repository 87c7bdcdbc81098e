"""inverse_2x2: the inverse of a 2×2 matrix from its determinant and adjugate."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "inverse_2x2"
hints = [
    "Unpack the entries: (a, b), (c, d) = A, then compute det = a*d - b*c.",
    "Swap a and d, negate b and c, and divide every entry by det.",
    "Before dividing, raise ValueError if abs(det) <= 1e-12 * np.max(np.abs(A))**2.",
]


def _mistakes(A):
    (a, b), (c, d) = np.asarray(A, float)
    det = a * d - b * c
    return {
        "you forgot to divide by the determinant ad − bc.": np.array([[d, -b], [-c, a]]),
        "the adjugate swaps a and d and negates b and c — check which entries you negated.":
            np.array([[d, b], [c, a]]) / det,
        "that is the transpose of the inverse; the off-diagonal entries stay in their positions.":
            (np.array([[d, -b], [-c, a]]) / det).T,
    }


@test_case(points=1, hidden=False)
def test_simple_matrix(inverse_2x2):
    """A = [[4, 7], [2, 6]], determinant 10"""
    A = np.array([[4.0, 7.0], [2.0, 6.0]])
    expect_close(inverse_2x2(A.copy()), np.array([[0.6, -0.7], [-0.2, 0.4]]),
                 what="inverse_2x2([[4, 7], [2, 6]])", misconceptions=_mistakes(A))


@test_case(points=0.5, hidden=False)
def test_singular(inverse_2x2):
    """a singular matrix (second row twice the first) raises ValueError"""
    expect_raises(ValueError, inverse_2x2, np.array([[1.0, 2.0], [2.0, 4.0]]),
                  what="inverse_2x2([[1, 2], [2, 4]])")


@test_case(points=1, hidden=True)
def test_random_invertible(inverse_2x2):
    """random invertible matrices: A A⁻¹ = I, integer input, input left unchanged"""
    rng = np.random.default_rng(1108)
    for _ in range(5):
        A = rng.normal(size=(2, 2)) * rng.choice([1e-3, 1.0, 1e3])
        if abs(np.linalg.det(A)) < 1e-3 * np.max(np.abs(A)) ** 2:
            A += np.eye(2) * np.max(np.abs(A))
        A0 = A.copy()
        expect_close(inverse_2x2(A), np.linalg.inv(A0), rtol=1e-6, atol=0,
                     what="inverse_2x2(A) for a random A", misconceptions=_mistakes(A0))
        expect_unchanged(A0, A, what="A")
    expect_close(inverse_2x2(np.array([[2, 1], [1, 1]])), np.array([[1.0, -1.0], [-1.0, 2.0]]),
                 what="inverse_2x2 on an integer array")


@test_case(points=0.5, hidden=True)
def test_nearly_singular_and_wrong_shape(inverse_2x2):
    """singular up to rounding, and a 3×3 input, both raise ValueError"""
    A = np.array([[1e8, 1e8], [1.0, 1.0 + 1e-12]])
    expect_raises(ValueError, inverse_2x2, A, what="inverse_2x2 of a matrix singular up to rounding")
    expect_raises(ValueError, inverse_2x2, np.eye(3), what="inverse_2x2 of a 3×3 matrix")
