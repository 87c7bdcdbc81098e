"""projection_matrix: P = B (BᵀB)⁻¹ Bᵀ, the orthogonal projection onto the column space of B."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_true, expect_unchanged

OK_FORMAT = False
name = "projection_matrix"
hints = [
    "The line formula b bᵀ / bᵀb generalises to P = B (BᵀB)⁻¹ Bᵀ: the k×k matrix BᵀB takes the "
    "place of the number bᵀb.",
    "Do not invert: X = np.linalg.solve(B.T @ B, B.T) solves (BᵀB) X = Bᵀ for all columns at once, "
    "so X = (BᵀB)⁻¹ Bᵀ.",
    "Then P = B @ X has shape (n, n). Check it: P @ P ≈ P, P.T ≈ P and P @ B ≈ B.",
]
bans = {"projection_matrix": ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.lstsq",
                              "numpy.linalg.qr", "numpy.linalg.svd"]}
ban_reason = ("compute P = B (BᵀB)⁻¹ Bᵀ with one np.linalg.solve, as the task asks (and as this "
              "notebook's ground rules say): np.linalg.inv, pinv, lstsq, qr and svd would hide the "
              "normal equations. svd is fine from 01_linear_algebra/04_eigen_svd on, lstsq and the "
              "others in step 04_apply_ml.")

NO_GRAM = ("you left out (BᵀB)⁻¹: B Bᵀ is a projection only when the columns of B are orthonormal. "
           "Use P = B (BᵀB)⁻¹ Bᵀ, computed as B @ np.linalg.solve(B.T @ B, B.T).")
BY_TRACE = ("dividing B Bᵀ by one number generalises the line formula b bᵀ / bᵀb the wrong way: with "
            "several columns the k×k matrix (BᵀB)⁻¹ must sit between B and Bᵀ.")
COMPLEMENT = ("that is I − P, the projection onto the orthogonal complement of the column space; "
              "return P = B (BᵀB)⁻¹ Bᵀ itself.")


def _mistakes(B, P):
    """The usual wrong answers, given the right projection P (computed by the case)."""
    B = np.asarray(B, float)
    gram = B.T @ B
    return [(B @ B.T, NO_GRAM), (B @ B.T / np.trace(gram), BY_TRACE), (np.eye(len(B)) - P, COMPLEMENT)]


def _diagnosis(P, mistakes):
    """The hint of the known mistake that P matches, if any."""
    for wrong, text in mistakes:
        if wrong.shape == P.shape and np.allclose(P, wrong, rtol=1e-7, atol=1e-9):
            return text
    return None


def _check_projection(P, B, expected, what, atol=1e-9):
    """Type and shape first, then P² = P, Pᵀ = P, P B = B, then the values themselves."""
    B = np.asarray(B, float)
    mistakes = [(w, t) for w, t in _mistakes(B, expected) if not np.allclose(w, expected, rtol=1e-7, atol=atol)]
    try:
        arr = np.asarray(P, dtype=float)
    except (TypeError, ValueError):
        arr = None
    if arr is None or arr.shape != expected.shape or not np.all(np.isfinite(arr)):
        expect_close(P, expected, what=what, misconceptions=mistakes)  # explains type/shape/NaN
    hint = _diagnosis(arr, mistakes)
    gap = np.max(np.abs(arr @ arr - arr))
    expect_true(gap <= 10 * atol, f"{what} is not idempotent: P @ P differs from P by up to {gap:.3g}. "
                "Projecting a second time must change nothing.",
                verdict="P @ P differs from P (not idempotent)", hint=hint)
    gap = np.max(np.abs(arr - arr.T))
    expect_true(gap <= 10 * atol, f"{what} is not symmetric: P differs from P.T by up to {gap:.3g}. "
                "An orthogonal projection satisfies Pᵀ = P.", verdict="P is not symmetric", hint=hint)
    gap = np.max(np.abs(arr @ B - B))
    expect_true(gap <= 10 * atol * max(1.0, np.max(np.abs(B))),
                f"{what} moves the columns of B: P @ B differs from B by up to {gap:.3g}. Vectors already "
                "in the subspace must stay where they are.",
                verdict="P @ B differs from B (the columns of B are moved)", hint=hint)
    expect_close(arr, expected, what=what, atol=atol, misconceptions=mistakes)
    expect_array(P, what=what)


@test_case(points=1, hidden=False)
def test_plane_in_space(projection_matrix):
    """B = [[1, 0], [0, 1], [1, 1]]: the plane x₁ + x₂ − x₃ = 0 in ℝ³"""
    B = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
    expected = np.array([[2.0, -1.0, 1.0], [-1.0, 2.0, 1.0], [1.0, 1.0, 2.0]]) / 3
    _check_projection(projection_matrix(B.copy()), B, expected,
                      what="projection_matrix([[1, 0], [0, 1], [1, 1]])")


@test_case(points=0.75, hidden=False)
def test_projection_properties(projection_matrix):
    """B = [[1, 2], [0, 1], [1, 0], [2, 1]]: P @ P = P, P.T = P, P @ B = B; B left unchanged"""
    B = np.array([[1.0, 2.0], [0.0, 1.0], [1.0, 0.0], [2.0, 1.0]])
    B0 = B.copy()
    P = projection_matrix(B)
    expect_unchanged(B0, B, what="B")
    expected = np.array([[14.0, 8.0, -2.0, 4.0], [8.0, 6.0, -4.0, -2.0], [-2.0, -4.0, 6.0, 8.0],
                         [4.0, -2.0, 8.0, 14.0]]) / 20
    _check_projection(P, B0, expected, what="projection_matrix([[1, 2], [0, 1], [1, 0], [2, 1]])")


@test_case(points=0.75, hidden=True)
def test_random_shapes(projection_matrix):
    """random B of shapes (1, 1) to (12, 5), square included; B left unchanged"""
    def _reference(B):
        """Independent reference: Q Qᵀ for an orthonormal basis Q of the column space (NumPy's QR)."""
        Q, _ = np.linalg.qr(np.asarray(B, float))
        return Q @ Q.T

    rng = np.random.default_rng(3201)
    for n, k in ((1, 1), (5, 1), (6, 3), (4, 4), (12, 5)):
        B = rng.normal(size=(n, k))
        B0 = B.copy()
        P = projection_matrix(B)
        expect_unchanged(B0, B, what="B")
        _check_projection(P, B0, _reference(B0), what=f"projection_matrix for B of shape ({n}, {k})")


@test_case(points=0.25, hidden=True)
def test_scaled_integer_and_ill_conditioned(projection_matrix):
    """columns of very different scales, integer input, nearly parallel columns"""
    def _reference(B):
        """Independent reference: Q Qᵀ for an orthonormal basis Q of the column space (NumPy's QR)."""
        Q, _ = np.linalg.qr(np.asarray(B, float))
        return Q @ Q.T

    rng = np.random.default_rng(3202)
    B = rng.normal(size=(7, 3)) * np.array([1e-3, 1.0, 1e3])
    _check_projection(projection_matrix(B.copy()), B, _reference(B),
                      what="projection_matrix for columns of very different lengths")
    Bi = np.array([[1, 0], [2, 1], [0, 3], [1, 1]])
    _check_projection(projection_matrix(Bi.copy()), Bi, _reference(Bi),
                      what="projection_matrix on an integer array")
    b = np.array([[3], [0], [4]])
    _check_projection(projection_matrix(b.copy()), b, (b @ b.T) / 25.0,
                      what="projection_matrix for a single integer column")
    base = rng.normal(size=(6, 1))
    B = np.hstack([base, base + 1e-3 * rng.normal(size=(6, 1)), rng.normal(size=(6, 1))])
    _check_projection(projection_matrix(B.copy()), B, _reference(B), atol=1e-7,
                      what="projection_matrix for two nearly parallel columns")


@test_case(points=0.25, hidden=True)
def test_tiny_and_huge_columns(projection_matrix):
    """B scaled by 1e-8, 1e8, 1e-100 and 1e100: P does not depend on the units of B"""
    def _reference(B):
        """Independent reference: Q Qᵀ for an orthonormal basis Q of the column space (NumPy's QR)."""
        Q, _ = np.linalg.qr(np.asarray(B, float))
        return Q @ Q.T

    rng = np.random.default_rng(3203)
    B = rng.normal(size=(5, 2))
    for scale in (1e-8, 1e8, 1e-100, 1e100):
        Bs = scale * B
        _check_projection(projection_matrix(Bs.copy()), Bs, _reference(B),
                          what=f"projection_matrix for B scaled by {scale:g}")
