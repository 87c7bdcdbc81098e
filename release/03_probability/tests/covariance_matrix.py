"""covariance_matrix: the unbiased (D, D) sample covariance of an (N, D) data set, one matrix product."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "covariance_matrix"
hints = [
    "Centre each column: Xc = X - X.mean(axis=0). The mean has shape (D,) and is subtracted from "
    "every row by broadcasting.",
    "The covariance of features j and k is the sum over the rows of Xc[:, j] * Xc[:, k], divided by "
    "N - 1. One matrix product computes all of these sums at once.",
    "Return Xc.T @ Xc / (N - 1): (D, N) @ (N, D) gives (D, D). Check X.ndim == 2 and N >= 2 first.",
]

bans = {"covariance_matrix": ["numpy.cov", "numpy.var", "numpy.std", "numpy.corrcoef"]}
ban_reason = ("centre the columns and compute Xc.T @ Xc / (N − 1) yourself: np.cov (and np.var, np.std, "
              "np.corrcoef, off limits in this whole notebook) is what the exercise builds; it is fine "
              "to use from step 3, notebook 3 (inference) on.")

PER_POINT = ("your matrix has one row and column per data point (N × N), like np.cov(X) without "
             "rowvar=False. The rows of X are data points and the columns are features, so the "
             "covariance of the features is D × D: use Xc.T @ Xc, not Xc @ Xc.T.")
NOT_2D = ("X must be 2-D, one row per point and one column per feature: raise ValueError whenever "
          "X.ndim != 2 (checking only for a 1-D array lets a 3-D array through).")
BY_N = ("you divided by N; the unbiased sample covariance divides by N − 1 (the number of rows "
        "minus one).")
NOT_CENTRED = ("the columns were not centred: subtract each column's mean, X - X.mean(axis=0), "
               "before the product. Otherwise you get the raw second moments, not the covariance.")
ROW_MEANS = ("you subtracted the mean of each ROW (X.mean(axis=1)); the covariance needs the mean "
             "of each column (each feature), X.mean(axis=0).")
RAW_FORMULA = ("on data far from zero your covariance is far off, which is the signature of the "
               "shortcut (XᵀX − N·x̄x̄ᵀ)/(N − 1): its two huge terms cancel and leave only rounding "
               "error. Centre the columns first, then multiply.")


def _wrong_answers(X, C):
    """The answers the usual mistakes give, built from the data and the right answer C."""
    X = np.asarray(X, dtype=float)
    N = X.shape[0]
    row_centred = X - X.mean(axis=1, keepdims=True)
    return [(C * (N - 1) / N, BY_N), (X.T @ X / (N - 1), NOT_CENTRED),
            (row_centred.T @ row_centred / (N - 1), ROW_MEANS)]


def _check_cov(got, X, C, what, rtol=1e-9):
    """Shape first (the N × N trap), then the values with the known wrong answers; the tolerance is
    relative to the size of C, so data on a tiny scale is checked as strictly as data near 1."""
    X = np.asarray(X, dtype=float)
    N, D = X.shape
    shape = getattr(got, "shape", None)
    expect_true(not (shape == (N, N) and N != D),
                f"{what} has shape {shape}; the covariance of {D} features must be ({D}, {D}).",
                verdict="wrong shape: one row and column per data point instead of per feature",
                hint=PER_POINT)
    expect_close(got, C, rtol=rtol, atol=1e-12 * np.abs(C).max(), what=what,
                 misconceptions=_wrong_answers(X, C))


@test_case(points=1, hidden=False)
def test_three_points(covariance_matrix):
    """covariance_matrix([[1, 0], [2, 1], [3, 5]]) = [[1, 2.5], [2.5, 7]] (3 points, 2 features)"""
    X = np.array([[1.0, 0.0], [2.0, 1.0], [3.0, 5.0]])
    _check_cov(covariance_matrix(X.copy()), X, np.array([[1.0, 2.5], [2.5, 7.0]]),
               "covariance_matrix([[1, 0], [2, 1], [3, 5]])")


@test_case(points=0.5, hidden=False)
def test_invalid_input(covariance_matrix):
    """a single data point ([[1, 2, 3]]) and a 1-D array raise ValueError"""
    expect_raises(ValueError, covariance_matrix, np.array([[1.0, 2.0, 3.0]]),
                  what="covariance_matrix([[1, 2, 3]])", when="(one data point has no spread)")
    expect_raises(ValueError, covariance_matrix, np.array([1.0, 2.0, 3.0]),
                  what="covariance_matrix([1, 2, 3])", when="(X must be 2-D, shape (N, D))")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
