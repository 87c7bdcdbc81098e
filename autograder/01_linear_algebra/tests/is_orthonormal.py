"""is_orthonormal: are the columns of Q orthonormal, QᵀQ = I up to a tolerance?"""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_equal, expect_unchanged

OK_FORMAT = False
name = "is_orthonormal"
hints = [
    "Entry (i, j) of QᵀQ is q_iᵀ q_j: the diagonal holds the squared lengths, the rest the pairwise "
    "inner products. Orthonormal columns means QᵀQ = I, with I of size n×n (n = number of columns).",
    "Compare with the tolerance, not with ==: np.abs(Q.T @ Q - np.eye(n)) <= tol, entrywise.",
    "Reduce the entrywise comparison to one answer with np.all(...) and return it (bool(...) if you "
    "like). Q.T @ Q, not Q @ Q.T: the latter is never I for a tall Q.",
]
bans = {"is_orthonormal": ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.lstsq",
                           "numpy.linalg.qr", "numpy.linalg.svd"]}
ban_reason = ("compare QᵀQ with the identity yourself, entry by entry with `@` and the tol you are "
              "given (this notebook's ground rules): np.linalg.inv, pinv, lstsq, qr and svd answer "
              "another question. svd is fine from 01_linear_algebra/04_eigen_svd on, the others in "
              "step 04_apply_ml.")
FROBENIUS = ("the test is entrywise: every entry of |QᵀQ − I| must be at most tol. One norm of the "
             "whole difference (np.linalg.norm(Q.T @ Q - I) <= tol) adds up entries that are each "
             "within tol and rejects a matrix the task accepts.")
NO_ABS = ("QᵀQ − I has negative entries here: compare their absolute values with tol, "
          "np.abs(Q.T @ Q - I) <= tol, and check the off-diagonal entries as well as the diagonal.")
STRICT = ("'at most tol' includes tol itself: use <= tol, not < tol.")

ORTHO_ONLY = ("you checked only that the columns are orthogonal. Orthonormal also needs unit length: the "
              "diagonal of QᵀQ must be 1, not just the off-diagonal entries 0.")
QQT_TALL = ("you tested Q Qᵀ = I. For a tall Q (more rows than columns) Q Qᵀ is a projection of rank n < m "
            "and never the identity, even when the columns are orthonormal: test QᵀQ = I instead.")
QQT_WIDE = ("you tested Q Qᵀ = I, which says the ROWS are orthonormal. The columns of a wide Q (fewer rows "
            "than columns) can never be orthonormal: test QᵀQ = I instead.")
EXACT = ("rounding makes QᵀQ differ from I by about 1e-16 even for a truly orthonormal Q: compare with the "
         "tolerance, np.abs(Q.T @ Q - I) <= tol, not with == or np.array_equal.")
UNIT_ONLY = ("you checked only that the columns have length 1. Orthonormal also needs them to be mutually "
             "orthogonal: the off-diagonal entries of QᵀQ must be 0, not just the diagonal 1.")
WIDE_SHORTCUT = ("the rule is the same for every shape: True exactly when every entry of |QᵀQ − I| "
                 "is at most tol. A wide Q fails it for any small tol, but with a loose tol it can "
                 "pass, so compute the comparison instead of returning False for m < n.")
IGNORES_TOL = ("use the tol you are given: the answer is True exactly when every entry of |QᵀQ − I| is at "
               "most tol (np.allclose with its default tolerances ignores your tol).")


def _orthonormal(m, n, rng):
    """A random m×n matrix with orthonormal columns (NumPy's QR of a random matrix)."""
    Q, _ = np.linalg.qr(rng.normal(size=(m, n)))
    return Q


@test_case(points=0.75, hidden=False)
def test_square_matrices(is_orthonormal):
    """np.eye(3) and a rotation by 0.3 rad are orthonormal; [[2, 0], [0, 1]] and [[1, 0.6], [0, 0.8]] are not"""
    c, s = np.cos(0.3), np.sin(0.3)
    cases = [
        (np.eye(3), True, "is_orthonormal(np.eye(3))", {}),
        (np.array([[c, -s], [s, c]]), True, "is_orthonormal([[cos 0.3, -sin 0.3], [sin 0.3, cos 0.3]])",
         {EXACT: False}),
        (np.array([[2.0, 0.0], [0.0, 1.0]]), False, "is_orthonormal([[2, 0], [0, 1]])", {ORTHO_ONLY: True}),
        (np.array([[1.0, 0.6], [0.0, 0.8]]), False, "is_orthonormal([[1, 0.6], [0, 0.8]])", {UNIT_ONLY: True}),
    ]
    for Q, expected, what, mistakes in cases:
        expect_equal(is_orthonormal(Q.copy()), expected, what=what, misconceptions=mistakes)


@test_case(points=0.5, hidden=False)
def test_tall_matrices(is_orthonormal):
    """[[1, 0], [0, 1], [0, 0]] and [[0.6, 0], [0.8, 0], [0, 1]] are orthonormal; [[1, 0], [0, 2], [0, 0]] is not"""
    cases = [
        (np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), True,
         "is_orthonormal([[1, 0], [0, 1], [0, 0]])", {QQT_TALL: False}),
        (np.array([[0.6, 0.0], [0.8, 0.0], [0.0, 1.0]]), True,
         "is_orthonormal([[0.6, 0], [0.8, 0], [0, 1]])", {QQT_TALL: False}),
        (np.array([[1.0, 0.0], [0.0, 2.0], [0.0, 0.0]]), False,
         "is_orthonormal([[1, 0], [0, 2], [0, 0]])", {ORTHO_ONLY: True}),
    ]
    for Q, expected, what, mistakes in cases:
        expect_equal(is_orthonormal(Q.copy()), expected, what=what, misconceptions=mistakes)


@test_case(points=0.5, hidden=False)
def test_tolerance_argument(is_orthonormal):
    """[[1, 0], [0, 1.001]] is not orthonormal with the default tol=1e-8, but it is with tol=1e-2"""
    Q = np.array([[1.0, 0.0], [0.0, 1.001]])
    expect_equal(is_orthonormal(Q.copy()), False, what="is_orthonormal([[1, 0], [0, 1.001]])",
                 misconceptions={IGNORES_TOL: True})
    expect_equal(is_orthonormal(Q.copy(), tol=1e-2), True, what="is_orthonormal([[1, 0], [0, 1.001]], tol=1e-2)",
                 misconceptions={IGNORES_TOL: False})


@test_case(points=0.75, hidden=True)
def test_random_matrices(is_orthonormal):
    """random orthonormal and non-orthonormal matrices of many shapes (1×1, tall, square, wide, integer)"""
    rng = np.random.default_rng(3501)
    for m, n in ((7, 7), (5, 2), (12, 4), (9, 1)):
        Q = _orthonormal(m, n, rng)
        Q0 = Q.copy()
        expect_equal(is_orthonormal(Q), True, what=f"is_orthonormal of an orthonormal {m}×{n} matrix",
                     misconceptions={QQT_TALL: False} if m > n else {EXACT: False})
        expect_unchanged(Q0, Q, what="Q")
        scaled = Q0 * np.where(np.arange(n) == n - 1, 1.5, 1.0)
        expect_equal(is_orthonormal(scaled), False, what=f"a {m}×{n} matrix with one column of length 1.5",
                     misconceptions={ORTHO_ONLY: True})
        skewed = Q0 + 0.1 * rng.normal(size=(m, n))
        expect_equal(is_orthonormal(skewed), False, what=f"a perturbed {m}×{n} matrix")
        if n > 1:
            unit_skewed = skewed / np.linalg.norm(skewed, axis=0)
            expect_equal(is_orthonormal(unit_skewed), False,
                         what=f"a {m}×{n} matrix with unit-length but non-orthogonal columns",
                         misconceptions={UNIT_ONLY: True})
    expect_equal(is_orthonormal(np.array([[-1.0]])), True, what="is_orthonormal([[-1]])")
    expect_equal(is_orthonormal(np.array([[0.5]])), False, what="is_orthonormal([[0.5]])",
                 misconceptions={ORTHO_ONLY: True})
    wide = _orthonormal(3, 3, rng)[:2]  # orthonormal rows, 3 columns in ℝ²
    expect_equal(is_orthonormal(wide), False, what="a 2×3 matrix with orthonormal rows",
                 misconceptions={QQT_WIDE: True})
    with_zero = np.column_stack([_orthonormal(4, 2, rng), np.zeros(4)])
    expect_equal(is_orthonormal(with_zero), False, what="a matrix with a zero column",
                 misconceptions={ORTHO_ONLY: True})
    expect_equal(is_orthonormal(np.eye(4, 2, dtype=int)), True, what="is_orthonormal on an integer array",
                 misconceptions={QQT_TALL: False})


@test_case(points=0.25, hidden=True)
def test_tolerance(is_orthonormal):
    """the tol argument decides: tiny errors pass, larger ones fail unless tol allows them"""
    rng = np.random.default_rng(3502)
    Q = _orthonormal(6, 3, rng)
    expect_equal(is_orthonormal(Q + 1e-12 * rng.normal(size=(6, 3))), True,
                 what="an orthonormal matrix with errors of 1e-12 (default tol)")
    off = Q * np.array([1.0, 1.0 + 1e-6, 1.0])  # ‖q_2‖² = 1 + 2e-6
    expect_equal(is_orthonormal(off.copy()), False, what="a column of squared length 1 + 2e-6 (default tol)",
                 misconceptions={IGNORES_TOL: True})
    expect_equal(is_orthonormal(off.copy(), tol=1e-3), True, what="the same matrix with tol=1e-3",
                 misconceptions={IGNORES_TOL: False})
    expect_equal(is_orthonormal(off.copy(), tol=1e-5), True, what="the same matrix with tol=1e-5",
                 misconceptions={IGNORES_TOL: False})
    expect_equal(is_orthonormal(off.copy(), tol=1e-6), False, what="the same matrix with tol=1e-6",
                 misconceptions={IGNORES_TOL: True})


@test_case(points=0.25, hidden=True)
def test_entrywise_tolerance(is_orthonormal):
    """entries just within tol (one norm of them is not), negative inner products, an entry exactly tol, a wide Q with a loose tol"""
    Q = np.diag(np.sqrt(1.0 + 0.6e-4 * np.ones(6)))
    expect_equal(is_orthonormal(Q.copy(), tol=1e-4), True,
                 what="is_orthonormal of a 6×6 diagonal matrix with ‖q_j‖² = 1 + 6e-5, tol=1e-4",
                 misconceptions={FROBENIUS: False})
    c = np.sqrt(0.75)
    Q = np.array([[1.0, -0.5], [0.0, c], [0.0, 0.0]])   # unit columns, q₁ᵀq₂ = −0.5
    expect_equal(is_orthonormal(Q.copy()), False, what="a 3×2 matrix with unit columns and q₁ᵀq₂ = −0.5",
                 misconceptions={NO_ABS: True})
    Q = np.array([[0.5, 0.0], [0.0, 0.5]])
    expect_equal(is_orthonormal(Q.copy(), tol=0.5), False,
                 what="is_orthonormal([[0.5, 0], [0, 0.5]], tol=0.5): QᵀQ − I has entries −0.75",
                 misconceptions={NO_ABS: True})
    Q = np.array([[1.0, 0.0], [0.0, 1.5]])              # ‖q₂‖² − 1 = 1.25 exactly
    expect_equal(is_orthonormal(Q.copy(), tol=1.25), True,
                 what="is_orthonormal([[1, 0], [0, 1.5]], tol=1.25): the largest entry is exactly tol",
                 misconceptions={STRICT: False})
    Q = np.array([[1.0, 0.0]])                          # QᵀQ − I = diag(0, −1)
    expect_equal(is_orthonormal(Q.copy(), tol=1.5), True,
                 what="is_orthonormal of a 1×2 matrix with tol=1.5 (every entry of |QᵀQ − I| is at most 1)",
                 misconceptions={WIDE_SHORTCUT: False})
