"""mahalanobis: sqrt((x − mu)ᵀ Σ⁻¹ (x − mu)) for one point or each row, via a Cholesky solve."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_close, expect_raises, expect_same_on_integers, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "mahalanobis"
hints = [
    "Whiten the residual: with Sigma = L @ L.T (your cholesky_factor), solve L z = x - mu for z. The "
    "distance is the Euclidean length of z.",
    "For many points, make R = np.atleast_2d(x - mu) (shape (N, D)) and solve for all of them at "
    "once: Z = np.linalg.solve(L, R.T) has one column per point.",
    "The distances are np.sqrt(np.sum(Z ** 2, axis=0)). Return float(d[0]) when x was 1-D, and the "
    "whole array d otherwise.",
]

bans = {"mahalanobis": [
    "numpy.var", "numpy.std", "numpy.cov", "numpy.corrcoef",   # off limits in every exercise
    "numpy.linalg.inv", "numpy.linalg.pinv"]}
ban_reason = ("whiten the residuals with a triangular solve, np.linalg.solve(L, R.T) with L from your "
              "cholesky_factor (or np.linalg.cholesky): the task rules out forming Σ⁻¹ with "
              "np.linalg.inv or np.linalg.pinv, which is slower and less accurate than solving.")

SIGMA_NOT_INVERSE = ("you used Σ where Σ⁻¹ belongs: your value is sqrt(rᵀ Σ r). Directions of large "
                     "variance must count LESS. Solve L z = r (with Σ = L Lᵀ) and take the length of "
                     "z, or solve Σ y = r and use rᵀ y.")
SQUARED = ("you returned the squared distance (x − μ)ᵀ Σ⁻¹ (x − μ); the Mahalanobis distance is its "
           "square root.")
EUCLIDEAN = ("you returned the Euclidean distance ‖x − μ‖, which ignores Σ. The Mahalanobis "
             "distance measures the residual in units of the spread: whiten it with L⁻¹ first.")
CROSS_TERMS = ("for x of shape (N, D) return N distances, shape (N,). Your (N, N) result holds every "
               "cross term r_iᵀ Σ⁻¹ r_j, and only the diagonal i = j is needed: with Z = solve(L, R.T), "
               "sum the squares of each column.")
UNTRANSPOSED = ("np.linalg.solve(L, B) solves for every COLUMN of B, so the residuals must be the columns: "
                "solve(L, R.T) with R = X − μ of shape (N, D). Solving with R itself whitens the wrong "
                "vectors (it only runs when N = D, and then gives wrong distances).")
STD_ONLY = ("your distance divides each coordinate by its own standard deviation but ignores the "
            "correlations (the off-diagonal entries of Σ). Use the full Σ through its Cholesky "
            "factor.")


def _reference(x, mu, Sigma):
    x, mu, Sigma = (np.asarray(v, dtype=float) for v in (x, mu, Sigma))
    R = np.atleast_2d(x - mu)
    squared = np.einsum("ij,ij->i", R, np.linalg.solve(Sigma, R.T).T)
    return np.sqrt(squared), R


def _check_distance(got, x, mu, Sigma, what):
    d, R = _reference(x, mu, Sigma)
    Sigma = np.asarray(Sigma, dtype=float)
    wrong = [(np.sqrt(np.einsum("ij,jk,ik->i", R, Sigma, R)), SIGMA_NOT_INVERSE), (d ** 2, SQUARED),
             (np.sqrt(np.sum(R ** 2, axis=1)), EUCLIDEAN),
             (np.sqrt(np.sum(R ** 2 / np.diag(Sigma), axis=1)), STD_ONLY)]
    if np.ndim(x) == 1:
        expect_close(got, float(d[0]), rtol=1e-9, atol=1e-12, what=what,
                     misconceptions=[(float(w[0]), h) for w, h in wrong])
        return
    N = len(d)
    if R.shape[0] == R.shape[1] and R.shape[0] > 1:
        Z = np.linalg.solve(np.linalg.cholesky(Sigma), R)
        wrong += [(np.sqrt(np.sum(Z ** 2, axis=0)), UNTRANSPOSED), (np.sqrt(np.sum(Z ** 2, axis=1)), UNTRANSPOSED)]
    shape = getattr(got, "shape", None)
    expect_true(shape != (N, N), f"{what} has shape {shape}; expected ({N},).",
                verdict="wrong shape: an (N, N) matrix instead of N distances", hint=CROSS_TERMS)
    expect_close(got, d, rtol=1e-9, atol=1e-12, what=what, misconceptions=wrong)


@test_case(points=0.75, hidden=False)
def test_diagonal_sigma(mahalanobis):
    """mahalanobis([3, 4], [0, 0], [[9, 0], [0, 16]]) = √2: each coordinate is one standard deviation away"""
    x, mu, Sigma = np.array([3.0, 4.0]), np.zeros(2), np.array([[9.0, 0.0], [0.0, 16.0]])
    _check_distance(mahalanobis(x.copy(), mu.copy(), Sigma.copy()), x, mu, Sigma,
                    "mahalanobis([3, 4], [0, 0], [[9, 0], [0, 16]])")


@test_case(points=1, hidden=False)
def test_correlated_rows(mahalanobis):
    """mahalanobis([[1, 1], [1, -1], [0, 0]], [0, 0], [[2, 1], [1, 2]]) = [√(2/3), √2, 0]"""
    X, mu, Sigma = np.array([[1.0, 1.0], [1.0, -1.0], [0.0, 0.0]]), np.zeros(2), np.array([[2.0, 1.0], [1.0, 2.0]])
    _check_distance(mahalanobis(X.copy(), mu.copy(), Sigma.copy()), X, mu, Sigma,
                    "mahalanobis([[1, 1], [1, -1], [0, 0]], [0, 0], [[2, 1], [1, 2]])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1.25
