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


THRESHOLD = ("you raised ValueError for data whose columns all vary: their spread is small (values "
             "around 1e-8) but not zero. Raise only for a standard deviation of exactly 0, with no "
             "threshold of your own: the correlation does not depend on the units.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
