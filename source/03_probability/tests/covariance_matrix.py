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


@test_case(points=0.75, hidden=True)
def test_random_data(covariance_matrix):
    """random data sets (fewer points than features too, and a single feature), integer data, X left unchanged"""
    rng = np.random.default_rng(3211)

    def reference(X):
        X = np.asarray(X, dtype=float)
        centred = X - X.sum(axis=0) / X.shape[0]
        return centred.T @ centred / (X.shape[0] - 1)

    for N, D in ((5, 3), (50, 4), (4, 6), (12, 1), (2, 2)):
        X = rng.normal(size=(N, D)) @ rng.normal(size=(D, D)) + rng.normal(size=D) * 5
        X0 = X.copy()
        _check_cov(covariance_matrix(X), X0, reference(X0), f"covariance_matrix on {N} points with {D} features")
        expect_unchanged(X0, X, what="X")
    X_int = rng.integers(-9, 10, size=(7, 3))
    X_int0 = X_int.copy()
    got = covariance_matrix(X_int)
    expect_array(got, what="covariance_matrix on integer data")
    _check_cov(got, X_int0, reference(X_int0), "covariance_matrix on integer data")
    expect_unchanged(X_int0, X_int, what="X")
    nested = [[1, 2], [3, 1], [4, 4], [0, 7]]
    _check_cov(covariance_matrix(nested), nested, reference(nested), "covariance_matrix on a nested list")


@test_case(points=0.25, hidden=True)
def test_large_offset(covariance_matrix):
    """data far from zero with a small spread: only centring before the product stays accurate"""
    rng = np.random.default_rng(3212)
    X = 1e8 + rng.normal(size=(30, 3)) @ np.array([[1.0, 0.5, 0.0], [0.0, 1.0, 0.3], [0.0, 0.0, 1.0]])
    X0 = X.copy()
    what = "covariance_matrix on data with a large offset"
    got = covariance_matrix(X)
    expect_unchanged(X0, X, what="X")
    try:
        centred = X0 - X0.sum(axis=0) / X0.shape[0]
        _check_cov(got, X0, centred.T @ centred / (X0.shape[0] - 1), what, rtol=1e-6)
    except Mismatch as m:
        if m.kind != "values":
            raise
        expect_true(False, m.detail, verdict="wrong covariance for data with a large offset",
                    hint=RAW_FORMULA)


@test_case(points=0.5, hidden=True)
def test_scales_constant_columns_and_shapes(covariance_matrix):
    """data scaled by 1e-8 and 1e8 (relative tolerance), a constant 0.1 column, a (1, 1) result for one feature; 3-D (2, 2, 2) or 0-row input raises"""
    rng = np.random.default_rng(3213)
    base = rng.normal(size=(9, 3)) @ np.array([[2.0, 0.3, 0.0], [0.0, 1.0, -0.4], [0.0, 0.0, 0.5]])
    for scale in (1e-8, 1e8):
        X = base * scale
        centred = X - X.sum(axis=0) / 9
        _check_cov(covariance_matrix(X.copy()), X, centred.T @ centred / 8,
                   f"covariance_matrix on 9 points of size about {scale:g}")
    X = np.column_stack([np.full(6, 0.1), np.arange(6.0)])
    got = covariance_matrix(X.copy())
    expect_close(got, np.array([[0.0, 0.0], [0.0, 3.5]]), atol=1e-15,
                 what="covariance_matrix with a constant column of 0.1s")
    got = covariance_matrix([[1.0], [2.0], [4.0]])
    expect_array(got, what="covariance_matrix([[1], [2], [4]])")
    expect_close(got, np.array([[7.0 / 3.0]]), what="covariance_matrix([[1], [2], [4]]) (one feature: shape (1, 1))")
    for bad, kind, hint in ((np.ones((2, 2, 2)), "a 3-D array", NOT_2D), (np.zeros((0, 3)), "an array with no rows", None)):
        try:
            expect_raises(ValueError, covariance_matrix, bad, what=f"covariance_matrix(np.{'ones' if bad.size else 'zeros'}({bad.shape}))")
        except Mismatch as m:
            expect_true(False, m.detail, verdict=f"for {kind}: {m.verdict}", hint=hint)
