"""quadratic_convexity: classify ½xᵀAx + bᵀx (any square A) from the eigenvalues of (A + Aᵀ)/2."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_close, expect_equal, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "quadratic_convexity"
hints = [
    "The Hessian of ½xᵀAx + bᵀx is the symmetric part S = (A + A.T) / 2, whatever A is. Its "
    "eigenvalues, np.linalg.eigvalsh(S), are real and sorted ascending, so lambda_min is the first.",
    "Let s = max |eigenvalue| of S. Compare lambda_min with tol * s, never with exactly 0: "
    "rounding turns a zero eigenvalue into something like ±1e-16.",
    "Return ('strictly convex', lambda_min) if lambda_min > tol * s, ('convex', lambda_min) if "
    "lambda_min >= -tol * s, and ('not convex', lambda_min) otherwise.",
]
bans = {"classify_quadratic": ["scipy"]}
ban_reason = ("use np.linalg.eigvalsh on the symmetric part (A + Aᵀ)/2, as the task says; scipy is "
              "off limits in this notebook.")

NOT_SYMMETRIC = ("you used the eigenvalues of A itself. For a non-symmetric A they say nothing about "
                 "convexity (they may even be complex): the Hessian of ½xᵀAx + bᵀx is the "
                 "symmetric part S = (A + Aᵀ)/2, so use np.linalg.eigvalsh((A + A.T) / 2).")
EXACT_ZERO = ("this matrix is positive semidefinite with a zero eigenvalue, which rounding turns into "
              "a tiny number like ±1e-16. Count an eigenvalue as zero when |λ| <= tol · max|λᵢ| "
              "instead of comparing it with exactly 0.")
ABSOLUTE_TOL = ("the verdict must not change when A is multiplied by a positive number: make the "
                "tolerance relative, |λ| <= tol · max|λᵢ|, not |λ| <= tol.")
DIAGONAL = ("non-negative diagonal entries do not make a matrix positive semidefinite ([[1, 3], [3, 1]] "
            "has eigenvalues 4 and −2): look at the eigenvalues of S = (A + Aᵀ)/2.")
STRICT = ("a zero eigenvalue means a flat direction: the quadratic is 'convex' but not 'strictly "
          "convex'. Return 'strictly convex' only when lambda_min > tol · max|λᵢ|.")
LOWER_TRIANGLE = ("np.linalg.eigvalsh assumes a symmetric matrix and reads only the LOWER triangle of "
                  "what it is given: for a non-symmetric A, form S = (A + A.T) / 2 first and call "
                  "np.linalg.eigvalsh(S).")
ZERO_MATRIX = ("for the zero matrix s = max|λᵢ| = 0 and λ_min = 0, so |λ_min| <= tol·s holds with "
               "equality: the kind is 'convex'. Compare with <= (and > for 'strictly convex'), not <.")
IGNORES_TOL = ("your verdict does not change with the argument `tol`: compare lambda_min with "
               "tol · max|λᵢ| using the tol you were given, not a fixed 1e-10.")
SCALE_OF_S = ("s is the largest |eigenvalue| of S = (A + Aᵀ)/2 itself, not a norm or the eigenvalues "
              "of A: the antisymmetric part of A changes neither S nor the verdict.")
BOUNDARY = ("an eigenvalue with |λ_min| exactly tol · max|λᵢ| counts as zero, so the kind is "
            "'convex': use <= tol · s for 'convex' and > tol · s (or < −tol · s) for the other two.")
LABELS = ("the kind must be exactly one of the strings 'strictly convex', 'convex' or 'not convex'.")


def _check(classify_quadratic, A, kind, lambda_min, what, wrong_kind=None, wrong_lambda=None):
    got = classify_quadratic(np.array(A, copy=True) if isinstance(A, np.ndarray) else A)
    got_kind, got_lambda = expect_tuple(got, 2, what=what, names="kind, lambda_min")
    if got_kind not in ("strictly convex", "convex", "not convex"):
        expect_true(False, f"the kind from {what} is {got_kind!r}.", verdict=f"unknown kind {got_kind!r}",
                    hint=LABELS)
    # eigenvalue routines agree to a few rounding errors of the largest |eigenvalue|
    A = np.asarray(A, dtype=float)
    atol = 1e-10 * _scale(A) + 1e-300
    expect_close(got_lambda, lambda_min, rtol=1e-9, atol=atol,
                 what=f"lambda_min from {what}", misconceptions=wrong_lambda)
    expect_equal(got_kind, kind, what=f"the kind from {what}", misconceptions=wrong_kind)


def _scale(A):
    return np.abs(np.linalg.eigvalsh((A + A.T) / 2)).max()


@test_case(points=1, hidden=False)
def test_symmetric_examples(classify_quadratic):
    """diag(2, 3) strictly convex (λ_min 2); diag(1, −1) and [[1, 3], [3, 1]] not convex (λ_min −1, −2); [[1, 1], [1, 1]] convex (λ_min 0)"""
    _check(classify_quadratic, np.diag([2.0, 3.0]), "strictly convex", 2.0,
           "classify_quadratic([[2, 0], [0, 3]])")
    _check(classify_quadratic, np.diag([1.0, -1.0]), "not convex", -1.0,
           "classify_quadratic([[1, 0], [0, -1]])")
    _check(classify_quadratic, np.array([[1.0, 3.0], [3.0, 1.0]]), "not convex", -2.0,
           "classify_quadratic([[1, 3], [3, 1]])", wrong_kind={DIAGONAL: "strictly convex"})
    _check(classify_quadratic, np.array([[1.0, 1.0], [1.0, 1.0]]), "convex", 0.0,
           "classify_quadratic([[1, 1], [1, 1]])",
           wrong_kind={STRICT: "strictly convex"})


@test_case(points=1, hidden=False)
def test_non_symmetric_examples(classify_quadratic):
    """[[1, 4], [0, 1]] is not convex (S = [[1, 2], [2, 1]], λ_min −1); [[2, −3], [3, 2]] is strictly convex (S = 2I)"""
    _check(classify_quadratic, np.array([[1.0, 4.0], [0.0, 1.0]]), "not convex", -1.0,
           "classify_quadratic([[1, 4], [0, 1]])", wrong_lambda={NOT_SYMMETRIC: 1.0})
    _check(classify_quadratic, np.array([[2.0, -3.0], [3.0, 2.0]]), "strictly convex", 2.0,
           "classify_quadratic([[2, -3], [3, 2]])", wrong_lambda={LOWER_TRIANGLE: -1.0})


@test_case(points=0.25, hidden=False)
def test_not_square(classify_quadratic):
    """a 2×3 matrix and a 1-D array raise ValueError"""
    expect_raises(ValueError, classify_quadratic, np.ones((2, 3)), what="classify_quadratic(np.ones((2, 3)))")
    expect_raises(ValueError, classify_quadratic, np.ones(3), what="classify_quadratic(np.ones(3))")


@test_case(points=0.25, hidden=True)
def test_rank_deficient_and_rescaled(classify_quadratic):
    """positive semidefinite matrices B Bᵀ of low rank, at several scales: convex, not strictly"""
    rng = np.random.default_rng(23501)
    for n, rank in ((5, 3), (6, 1), (4, 2)):
        B = rng.normal(size=(n, rank))
        for factor in (1.0, 1e8, 1e-8):
            A = factor * (B @ B.T)
            lam = np.linalg.eigvalsh(A)[0]
            # with an exact test (or an absolute tolerance at scale 1e8) the rounding residue λ_min decides
            wrong = "not convex" if lam < 0 else "strictly convex"
            _check(classify_quadratic, A, "convex", lam,
                   f"classify_quadratic on a {n}×{n} matrix of rank {rank} times {factor:g}",
                   wrong_kind={EXACT_ZERO if factor == 1.0 else ABSOLUTE_TOL: wrong})
    A = 1e-12 * np.diag([1.0, 2.0, 3.0])
    _check(classify_quadratic, A, "strictly convex", 1e-12, "classify_quadratic on 1e-12 · diag(1, 2, 3)",
           wrong_kind={ABSOLUTE_TOL: "convex"})


@test_case(points=0.25, hidden=True)
def test_random_matrices(classify_quadratic):
    """random square matrices (symmetric and not) from 1×1 to 6×6, of every kind, and integer input"""
    rng = np.random.default_rng(23502)
    for n in (1, 2, 4, 6):
        M = rng.normal(size=(n, n))
        K = rng.normal(size=(n, n))
        for A, kind in ((M @ M.T + 0.5 * np.eye(n) + (K - K.T), "strictly convex"),
                        (M + M.T - (np.abs(np.linalg.eigvalsh(M + M.T)).max() + 1) * np.eye(n), "not convex")):
            S = (A + A.T) / 2
            lam = np.linalg.eigvalsh(S)[0]
            real_eigs = np.linalg.eigvals(A).real
            _check(classify_quadratic, A, kind, lam, f"classify_quadratic on a random {n}×{n} matrix",
                   wrong_lambda=[(real_eigs.min(), NOT_SYMMETRIC),
                                 (np.linalg.eigvalsh(A)[0], LOWER_TRIANGLE)])
    A = np.array([[3, 2, 0], [-4, 1, 1], [0, 1, 2]])
    _check(classify_quadratic, A, "strictly convex", np.linalg.eigvalsh((A + A.T) / 2.0)[0],
           "classify_quadratic on an integer 3×3 matrix")
    _check(classify_quadratic, np.array([[1, 5], [-1, 1]]), "not convex", -1.0,
           "classify_quadratic on an integer 2×2 matrix", wrong_lambda={NOT_SYMMETRIC: 1.0})


@test_case(points=0.25, hidden=True)
def test_edge_cases_and_unchanged(classify_quadratic):
    """the zero matrix, 1×1 matrices, a barely negative eigenvalue, a large antisymmetric part, |lambda_min| = tol·s exactly; A is left unchanged"""
    _check(classify_quadratic, np.zeros((3, 3)), "convex", 0.0, "classify_quadratic on the 3×3 zero matrix",
           wrong_kind=[("not convex", ZERO_MATRIX), ("strictly convex", ZERO_MATRIX)])
    _check(classify_quadratic, np.array([[-2.0]]), "not convex", -2.0, "classify_quadratic([[-2]])")
    _check(classify_quadratic, [[4.0]], "strictly convex", 4.0, "classify_quadratic([[4]]) given as a list")
    _check(classify_quadratic, np.diag([1.0, -1e-6]), "not convex", -1e-6,
           "classify_quadratic on diag(1, -1e-6)")
    for A, tol, kind, wrong in ((np.diag([1.0, -1e-6]), 1e-5, "convex", "not convex"),
                                (np.diag([2.0, 1e-7]), 1e-6, "convex", "strictly convex"),
                                (np.diag([3.0, 1e-7]), 0.0, "strictly convex", "convex")):
        _check_tol(classify_quadratic, A, tol, kind,
                   f"classify_quadratic(diag({A[0, 0]:g}, {A[1, 1]:g}), tol={tol:g})",
                   {IGNORES_TOL: wrong})
    # a large antisymmetric part: S = diag(1e-9, 1), so s = 1 and 1e-9 > tol · s
    _check(classify_quadratic, np.array([[1e-9, 100.0], [-100.0, 1.0]]), "strictly convex", 1e-9,
           "classify_quadratic on a matrix with a large antisymmetric part",
           wrong_kind={SCALE_OF_S: "convex"})
    # on the boundary |λ_min| = tol · s exactly: the eigenvalue counts as zero
    for A in (np.diag([1.0, 1e-10]), np.diag([-1e-10, 1.0])):
        _check(classify_quadratic, A, "convex", A[np.argmin(np.diag(A)), np.argmin(np.diag(A))],
               "classify_quadratic on a matrix with |lambda_min| = tol · s exactly",
               wrong_kind=[("strictly convex", BOUNDARY), ("not convex", BOUNDARY)])
    A = np.array([[2.0, 1.0], [-3.0, 5.0]])
    before = A.copy()
    classify_quadratic(A)
    expect_unchanged(before, A, what="A")


def _check_tol(classify_quadratic, A, tol, kind, what, wrong_kind):
    got_kind, _ = expect_tuple(classify_quadratic(A, tol=tol), 2, what=what,
                               names="kind, lambda_min")
    expect_equal(got_kind, kind, what=f"the kind from {what}", misconceptions=wrong_kind)
