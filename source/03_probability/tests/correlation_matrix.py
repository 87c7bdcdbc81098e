"""correlation_matrix: covariance divided by the outer product of the standard deviations."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "correlation_matrix"
hints = [
    "Start from C = covariance_matrix(X). Its diagonal holds the variances, so the standard "
    "deviations are s = np.sqrt(np.diag(C)).",
    "Entry (j, k) of the result is C[j, k] / (s[j] * s[k]). np.outer(s, s) builds all these "
    "products at once, and broadcasting C / s[:, None] / s[None, :] works too.",
    "Before dividing, raise ValueError if any entry of s is 0 (a constant column). The diagonal of "
    "your result should then be all ones.",
]

bans = {"correlation_matrix": ["numpy.corrcoef", "numpy.cov", "numpy.std", "numpy.var"]}
ban_reason = ("divide your covariance_matrix by the outer product of the square roots of its diagonal "
              "yourself: np.corrcoef (and np.cov, np.std, np.var, off limits in this whole notebook) is "
              "what the exercise builds; it is fine to use from step 3, notebook 3 (inference) on.")

VARIANCES = ("you divided by products of VARIANCES; the correlation divides by the product of the "
             "standard deviations: C[j, k] / (σ_j σ_k) with σ_j = sqrt(C[j, j]).")
ONE_SIDE = ("each entry (j, k) must be divided by BOTH standard deviations, σ_j and σ_k; your result "
            "is not symmetric because it divides by only one scale per row.")
MIXED_DIVISORS = ("the diagonal of a correlation matrix is exactly 1, and yours is N/(N − 1): the "
                  "covariances divide by N − 1 but your standard deviations divide by N. Take the "
                  "standard deviations from the diagonal of the same covariance matrix.")
NO_ONES = ("the diagonal of a correlation matrix must be all ones (every feature is perfectly "
           "correlated with itself).")


def _check_corr(got, X, C, R, what):
    """Compare with the right correlation R; C is the covariance the usual mistakes start from."""
    X = np.asarray(X, dtype=float)
    N = X.shape[0]
    var = np.diag(C)
    wrong = [(C / np.outer(var, var), VARIANCES), (C / var[:, None], ONE_SIDE),
             (C / var[None, :], ONE_SIDE), (R * N / (N - 1), MIXED_DIVISORS)]
    expect_close(got, R, rtol=1e-9, atol=1e-12, what=what, misconceptions=wrong)


@test_case(points=1, hidden=False)
def test_three_points(correlation_matrix):
    """correlation_matrix([[1, 0], [2, 1], [3, 5]]) = [[1, 2.5/√7], [2.5/√7, 1]] ≈ [[1, 0.945], [0.945, 1]]"""
    X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 5.0]])
    C = np.array([[1.0, 2.5], [2.5, 7.0]])
    r = 2.5 / np.sqrt(7.0)
    _check_corr(correlation_matrix(X.copy()), X, C, np.array([[1.0, r], [r, 1.0]]),
                "correlation_matrix([[1, 0], [2, 1], [3, 5]])")


@test_case(points=0.5, hidden=False)
def test_constant_column(correlation_matrix):
    """a constant column raises ValueError: correlation_matrix([[1, 5], [2, 5], [4, 5]])"""
    X = np.array([[1.0, 5.0], [2.0, 5.0], [4.0, 5.0]])
    expect_raises(ValueError, correlation_matrix, X, what="correlation_matrix([[1, 5], [2, 5], [4, 5]])",
                  when="(the second column is constant: its standard deviation is 0)")


@test_case(points=0.75, hidden=True)
def test_random_data(correlation_matrix):
    """random data sets of several shapes, integer data and a nested list, X left unchanged"""
    def _moments(X):
        """Covariance and correlation of the columns of X, two-pass (called inside hidden cases only)."""
        X = np.asarray(X, dtype=float)
        centred = X - X.sum(axis=0) / X.shape[0]
        C = centred.T @ centred / (X.shape[0] - 1)
        s = np.sqrt(np.diag(C))
        return C, C / np.outer(s, s)

    rng = np.random.default_rng(3221)
    for N, D in ((6, 3), (40, 5), (3, 4), (10, 1), (2, 2)):
        X = rng.normal(size=(N, D)) @ rng.normal(size=(D, D)) + rng.normal(size=D) * 3
        X0 = X.copy()
        got = correlation_matrix(X)
        _check_corr(got, X0, *_moments(X0), f"correlation_matrix on {N} points with {D} features")
        expect_unchanged(X0, X, what="X")
    X_int = rng.integers(-9, 10, size=(8, 3))
    X_int0 = X_int.copy()
    got = correlation_matrix(X_int)
    expect_array(got, what="correlation_matrix on integer data")
    _check_corr(got, X_int0, *_moments(X_int0), "correlation_matrix on integer data")
    expect_unchanged(X_int0, X_int, what="X")
    nested = [[1, 2, 0], [3, 1, 1], [4, 4, 0], [0, 7, 2]]
    _check_corr(correlation_matrix(nested), nested, *_moments(nested), "correlation_matrix on a nested list")


@test_case(points=0.5, hidden=True)
def test_units_and_exact_relations(correlation_matrix):
    """features in wildly different units, exact linear relations (±1), and constant columns raise"""
    def _moments(X):
        """Covariance and correlation of the columns of X, two-pass (called inside hidden cases only)."""
        X = np.asarray(X, dtype=float)
        centred = X - X.sum(axis=0) / X.shape[0]
        C = centred.T @ centred / (X.shape[0] - 1)
        s = np.sqrt(np.diag(C))
        return C, C / np.outer(s, s)

    rng = np.random.default_rng(3222)
    t = rng.normal(size=25)
    u = rng.normal(size=25)
    X = np.column_stack([t, 3 * t + 2, -0.5 * t + 7, 1e6 * u, 1e-6 * (u + t)])
    X0 = X.copy()
    got = correlation_matrix(X)
    expect_unchanged(X0, X, what="X")
    _check_corr(got, X0, *_moments(X0), "correlation_matrix on features with very different scales")
    diagonal = np.diag(np.asarray(got, dtype=float))
    expect_true(np.allclose(diagonal, 1.0, rtol=0, atol=1e-12),
                f"the diagonal of correlation_matrix(X) is {diagonal}.", verdict="the diagonal is not all ones",
                hint=NO_ONES)
    expect_raises(ValueError, correlation_matrix, np.array([[3, 1, 2], [3, 4, 0], [3, 2, 9], [3, 0, 1]]),
                  what="correlation_matrix on integer data whose first column is constant")
    expect_raises(ValueError, correlation_matrix, np.column_stack([t, np.full(25, 0.25)]),
                  what="correlation_matrix with a constant float column")


THRESHOLD = ("you raised ValueError for data whose columns all vary: their spread is small (values "
             "around 1e-8) but not zero. Raise only for a standard deviation of exactly 0, with no "
             "threshold of your own: the correlation does not depend on the units.")


@test_case(points=0.25, hidden=True)
def test_tiny_and_huge_scales(correlation_matrix):
    """the same data in units 1e-8 and 1e8 times larger gives the same correlation matrix (no threshold on the variances)"""
    def _moments(X):
        """Covariance and correlation of the columns of X, two-pass (called inside hidden cases only)."""
        X = np.asarray(X, dtype=float)
        centred = X - X.sum(axis=0) / X.shape[0]
        C = centred.T @ centred / (X.shape[0] - 1)
        s = np.sqrt(np.diag(C))
        return C, C / np.outer(s, s)

    rng = np.random.default_rng(3223)
    base = rng.normal(size=(12, 3)) @ np.array([[1.0, 0.8, 0.0], [0.0, 0.6, 0.3], [0.0, 0.0, 1.0]])
    C, R = _moments(base)
    for scale in (1e-8, 1e8):
        what = f"correlation_matrix on 12 points of size about {scale:g}"
        try:
            got = correlation_matrix(base * scale)
        except ValueError as exc:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict=f"raised ValueError for data of size about {scale:g}", hint=THRESHOLD)
        expect_array(got, what=what)
        _check_corr(got, base, C, R, what)
