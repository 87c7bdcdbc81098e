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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
