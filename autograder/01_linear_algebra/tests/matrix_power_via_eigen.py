"""matrix_power_via_eigen: A^k = V Λ^k Vᵀ for a symmetric matrix A and an integer k ≥ 0."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "matrix_power_via_eigen"
hints = [
    "Get the eigenvalues and the eigenvector matrix V (columns!) from sym_eigendecomposition(A) or "
    "np.linalg.eigh(A).",
    "Λ^k is diagonal with entries λᵢ^k: raise the 1-D array of eigenvalues to the power k first, "
    "then build the matrix with np.diag.",
    "The product is V @ np.diag(eigenvalues ** k) @ V.T — V on the left, Vᵀ on the right.",
]

bans = {"sym_matrix_power": ["numpy.linalg.matrix_power"]}
ban_reason = ("compute Aᵏ as V Λᵏ Vᵀ from the eigendecomposition: diagonalising is the exercise. "
              "np.linalg.matrix_power is fine outside it, from 01_linear_algebra/04_eigen_svd's next "
              "exercise on.")
ABS_POWER = ("a negative eigenvalue keeps its sign in λᵢᵏ for odd k: raise the eigenvalues "
             "themselves to the power k, not their absolute values.")
ROWS = ("you computed Vᵀ Λᵏ V; with the eigenvectors in the COLUMNS of V the formula is V Λᵏ Vᵀ "
        "(V on the left, Vᵀ on the right).")
TIMES_K = "Λᵏ means each eigenvalue raised to the power k (λᵢᵏ), not k·λᵢ: you computed k·A."
ENTRYWISE = ("A ** k raises every entry to the power k; the matrix power is the product A·A·…·A, "
             "which V Λᵏ Vᵀ computes.")
NOT_ORTHONORMAL = ("for a repeated eigenvalue np.linalg.eig may return eigenvectors that are not "
                   "orthogonal, and then Vᵀ is not V⁻¹, so V Λᵏ Vᵀ is wrong. Use np.linalg.eigh (or "
                   "your sym_eigendecomposition), whose V has orthonormal columns.")
DIAG_MATRIX_POWER = ("A⁰ must be the identity. Raising the diagonal MATRIX Λ entrywise to the power 0 "
                     "turns its off-diagonal zeros into ones: raise the 1-D array of eigenvalues to "
                     "the power k, then build the matrix with np.diag.")


def _mistakes(A, k):
    A = np.asarray(A, dtype=float)
    w, V = np.linalg.eigh(A)
    mistakes = [(k * A, TIMES_K), (A ** k, ENTRYWISE), (V @ np.diag(np.abs(w) ** k) @ V.T, ABS_POWER)]
    for order in (slice(None), slice(None, None, -1)):     # eigh's ascending order and descending
        w_o, V_o = w[order], V[:, order]
        mistakes.append((V_o.T @ np.diag(w_o ** k) @ V_o, ROWS))
        mistakes.append((V_o @ np.diag(w_o) ** k @ V_o.T, DIAG_MATRIX_POWER))
    w_e, V_e = np.linalg.eig(A)            # not orthonormal when an eigenvalue repeats
    mistakes.append((np.real(V_e @ np.diag(w_e ** k) @ V_e.T), NOT_ORTHONORMAL))
    V_n = V_e / np.linalg.norm(V_e, axis=0)
    mistakes.append((np.real(V_n @ np.diag(w_e ** k) @ V_n.T), NOT_ORTHONORMAL))
    return mistakes


def _check_power(sym_matrix_power, A, k, what, expected):
    """The learner's Aᵏ against `expected` (computed by the case), relative to its largest entry."""
    A = np.asarray(A)
    expected = np.asarray(expected, dtype=float)
    got = sym_matrix_power(A.copy(), k)
    expect_close(got, expected, rtol=1e-8, atol=1e-9 * (np.abs(expected).max() or 1.0), what=what,
                 misconceptions=_mistakes(A, k))
    expect_array(got, what=what)


@test_case(points=0.75, hidden=False)
def test_two_by_two_cubed(sym_matrix_power):
    """A = [[2, 1], [1, 2]] and k = 3: A³ = [[14, 13], [13, 14]]"""
    _check_power(sym_matrix_power, np.array([[2.0, 1.0], [1.0, 2.0]]), 3,
                 "sym_matrix_power([[2, 1], [1, 2]], 3)", expected=[[14.0, 13.0], [13.0, 14.0]])


@test_case(points=0.75, hidden=False)
def test_three_by_three(sym_matrix_power):
    """A = [[4, 1, 0], [1, 3, 1], [0, 1, 2]] and k = 4, compared with np.linalg.matrix_power"""
    _check_power(sym_matrix_power, np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]]), 4,
                 "sym_matrix_power([[4, 1, 0], [1, 3, 1], [0, 1, 2]], 4)",
                 expected=[[339.0, 201.0, 57.0], [201.0, 195.0, 87.0], [57.0, 87.0, 51.0]])


@test_case(points=0.5, hidden=False)
def test_power_zero_and_negative(sym_matrix_power):
    """k = 0 gives the identity; k = −1 raises ValueError"""
    A = np.array([[2.0, 1.0], [1.0, 2.0]])
    _check_power(sym_matrix_power, A, 0, "sym_matrix_power([[2, 1], [1, 2]], 0)", expected=np.eye(2))
    expect_raises(ValueError, sym_matrix_power, A.copy(), -1,
                  what="sym_matrix_power([[2, 1], [1, 2]], -1)")


@test_case(points=0.25, hidden=True)
def test_random_symmetric(sym_matrix_power):
    """random symmetric matrices from 1×1 to 8×8 with negative eigenvalues, odd and even k"""
    rng = np.random.default_rng(4401)
    for n, k in ((1, 3), (3, 1), (4, 2), (6, 5), (8, 7)):
        B = rng.normal(size=(n, n))
        A = (B + B.T) / 2
        _check_power(sym_matrix_power, A, k, f"sym_matrix_power(A, {k}) for a {n}×{n} A",
                     expected=np.linalg.matrix_power(A, k))


@test_case(points=0.5, hidden=True)
def test_singular_integer_and_unchanged(sym_matrix_power):
    """a singular matrix with k = 0 and k = 3, a repeated eigenvalue, an integer matrix, the input left unchanged"""
    A = np.array([[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 2.0]])   # eigenvalues 2, 2, 0
    for k in (0, 3):
        _check_power(sym_matrix_power, A, k, f"sym_matrix_power of a singular matrix, k = {k}",
                     expected=np.linalg.matrix_power(A, k))
    A = np.array([[2.0, 1.0, 1.0], [1.0, 2.0, 1.0], [1.0, 1.0, 2.0]])   # eigenvalues 4, 1, 1
    _check_power(sym_matrix_power, A, 3, "sym_matrix_power of a matrix with a repeated eigenvalue",
                 expected=np.linalg.matrix_power(A, 3))
    A_int = np.array([[2, -1], [-1, 3]])
    _check_power(sym_matrix_power, A_int, 5, "sym_matrix_power on an integer matrix, k = 5",
                 expected=np.linalg.matrix_power(A_int.astype(float), 5))
    _check_power(sym_matrix_power, A_int, 0, "sym_matrix_power on an integer matrix, k = 0",
                 expected=np.eye(2))
    rng = np.random.default_rng(4402)
    B = rng.normal(size=(5, 5))
    A = B + B.T
    A0 = A.copy()
    sym_matrix_power(A, 4)
    expect_unchanged(A0, A, what="A")


@test_case(points=0.25, hidden=True)
def test_scales_and_large_powers(sym_matrix_power):
    """entries near 1e-3 and 1e3 (Aᵏ near 1e-15 and 1e12), k = 20, a negative definite matrix, a 1×1 matrix"""
    rng = np.random.default_rng(4403)
    B = rng.normal(size=(4, 4))
    A = (B + B.T) / 2
    for scale, k in ((1e-3, 5), (1e3, 4), (1.0, 20)):
        As = scale * A
        _check_power(sym_matrix_power, As, k, f"sym_matrix_power(A, {k}) for A with entries near {scale:g}",
                     expected=np.linalg.matrix_power(As, k))
    N = -(B @ B.T) - np.eye(4)
    _check_power(sym_matrix_power, N, 3, "sym_matrix_power(A, 3) for a negative definite A",
                 expected=np.linalg.matrix_power(N, 3))
    _check_power(sym_matrix_power, np.array([[-2.0]]), 3, "sym_matrix_power([[-2]], 3)", expected=[[-8.0]])
