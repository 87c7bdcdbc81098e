"""pca_directions: top-k principal directions (columns) and their variances, via the SVD."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_array, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "pca_directions"
hints = [
    "Centre first: X_centred = X - X.mean(axis=0) (the mean of each column, i.e. of each feature).",
    "_, s, Vh = np.linalg.svd(X_centred, full_matrices=False): the principal directions are the ROWS "
    "of Vh, largest singular value first.",
    "Return Vh[:k].T (directions as columns, shape (D, k)) and s[:k] ** 2 / (N - 1).",
]

bans = {"pca_directions": ["numpy.cov", "numpy.linalg.eig", "numpy.linalg.eigh",
                            "numpy.linalg.eigvals", "numpy.linalg.eigvalsh"]}
ban_reason = ("centre the data and take the SVD of the centred matrix yourself: that route, without "
              "forming the covariance matrix, is the exercise. np.cov and np.linalg.eigh are fine from "
              "step 04_apply_ml (its PCA notebook) on.")
CENTRED_ROWS = ("you subtracted the mean of each ROW (each data point); centre each COLUMN (each "
                "feature): X - X.mean(axis=0).")
ONE_PASS = ("these variances carry the rounding error of the one-pass formula E[xxᵀ] − x̄x̄ᵀ, which "
            "cancels catastrophically when the data sit far from the origin: centre the data first "
            "(X - X.mean(axis=0)) and take the SVD of the centred matrix.")
NOT_CENTRED = ("the data were not centred: subtract the mean of each column, X - X.mean(axis=0), "
               "before the SVD — otherwise the top direction points from the origin to the data.")
BY_N = "the sample variance divides by N − 1, not N: use s[:k] ** 2 / (N - 1)."
SINGULAR_VALUES = ("you returned singular values; the variance along direction i is σᵢ² / (N − 1), "
                   "the squared singular value divided by N − 1.")
ROWS = ("the directions must be the COLUMNS of W, shape (D, k); np.linalg.svd gives them as the rows "
        "of Vh, so return Vh[:k].T.")
NOT_UNIT = "each direction must be a unit vector; the rows of Vh already have length 1 — do not rescale them."


def _check_pca(got, X, k, what, extra_mistakes=()):
    """Sign-agnostic check: variances, then W as unit columns with C W = W diag(variances)."""
    X = np.asarray(X, dtype=float)
    N, D = X.shape
    W, variances = expect_tuple(got, 2, what=what, names="W, variances")
    C = np.atleast_2d(np.cov(X, rowvar=False))
    values, vectors = np.linalg.eigh(C)
    expected_var, expected_W = values[::-1][:k], vectors[:, ::-1][:, :k]
    s_raw = np.linalg.svd(X, compute_uv=False)
    scale = max(values[-1], 1e-20 * float(np.mean(X ** 2)), 1e-300)
    s_rows = np.linalg.svd(X - X.mean(axis=1, keepdims=True), compute_uv=False)
    expect_close(variances, expected_var, rtol=1e-7, atol=1e-9 * scale,
                 what=f"the variance array returned by {what}",
                 misconceptions=[(s_raw[:k] ** 2 / (N - 1), NOT_CENTRED),
                                 (expected_var * (N - 1) / N, BY_N),
                                 (np.sqrt(expected_var * (N - 1)), SINGULAR_VALUES),
                                 (s_rows[:k] ** 2 / (N - 1), CENTRED_ROWS), *extra_mistakes])
    W = np.asarray(W)
    expect_true(W.shape == (D, k) or W.shape != (k, D),
                f"W from {what} has shape {W.shape}; expected ({D}, {k}).",
                verdict=f"W has shape {W.shape}, not (D, k)", hint=ROWS)
    expect_true(W.shape == (D, k) and W.dtype.kind in "fi",
                f"W from {what} should be a real array of shape ({D}, {k}); it has shape {W.shape}.",
                verdict=f"W has shape {W.shape}, not (D, k)")
    lengths = np.linalg.norm(W, axis=0)
    expect_true(np.allclose(lengths, 1.0, atol=1e-8),
                f"the columns of W from {what} have lengths {np.round(lengths, 6)}; they must all be 1.",
                verdict="the columns of W do not all have length 1", hint=NOT_UNIT)
    tol = 1e-7 * scale
    residual = np.abs(C @ W - W * expected_var).max()
    if residual > tol:
        hint = None
        raw = X.T @ X / (N - 1)
        if np.abs(raw @ W - W * (s_raw[:k] ** 2 / (N - 1))).max() <= tol * max(1.0, s_raw[0] ** 2):
            hint = NOT_CENTRED
        elif k == D and np.abs(C @ W.T - W.T * expected_var).max() <= tol:
            hint = ROWS
        expect_true(False, f"the columns of W from {what} are not the principal directions: "
                    f"‖C W − W diag(variances)‖ = {residual:.3g} for the sample covariance C.",
                    verdict="the columns of W are not the principal directions", hint=hint)
    signs = np.where(np.sum(W * expected_W, axis=0) < 0, -1.0, 1.0)   # either sign is right
    expect_close(W * signs, expected_W, rtol=0, atol=1e-6, what=f"W from {what} (up to sign per column)")
    expect_array(got[0], what=f"W from {what}")
    expect_array(variances, what=f"the variance array returned by {what}")


@test_case(points=1, hidden=False)
def test_points_on_a_line(pca_directions):
    """X = [[2, 1], [4, 3], [6, 5], [8, 7]], k = 1: direction ±[1, 1]/√2, variance 40/3"""
    X = np.array([[2.0, 1.0], [4.0, 3.0], [6.0, 5.0], [8.0, 7.0]])
    _check_pca(pca_directions(X.copy(), 1), X, 1, "pca_directions([[2, 1], [4, 3], [6, 5], [8, 7]], 1)")


@test_case(points=1, hidden=False)
def test_shifted_rectangle(pca_directions):
    """the corners of a 2×1 rectangle shifted by (10, 20), k = 2: directions ±e₁, ±e₂, variances 4/3, 1/3"""
    X = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 1.0], [2.0, 1.0]]) + np.array([10.0, 20.0])
    _check_pca(pca_directions(X.copy(), 2), X, 2, "pca_directions(corners + (10, 20), 2)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(pca_directions):
    """k = 0, k > D and a single data point raise ValueError"""
    X = np.arange(8.0).reshape(4, 2)
    expect_raises(ValueError, pca_directions, X, 0, what="pca_directions(X of shape (4, 2), 0)")
    expect_raises(ValueError, pca_directions, X, 3, what="pca_directions(X of shape (4, 2), 3)")
    expect_raises(ValueError, pca_directions, np.ones((1, 3)), 1,
                  what="pca_directions(X of shape (1, 3), 1)")


@test_case(points=0.25, hidden=True)
def test_random_data(pca_directions):
    """random data with an offset, N from 4 to 12, D from 1 to 6, fewer points than dimensions too"""
    rng = np.random.default_rng(4701)
    for N, D, k in ((12, 2, 1), (10, 3, 3), (8, 5, 2), (4, 6, 3), (6, 1, 1)):
        X = rng.normal(size=(N, D)) * np.linspace(3.0, 0.5, D) + rng.normal(size=D) * 10
        X0 = X.copy()
        _check_pca(pca_directions(X, k), X0, k, f"pca_directions on {N} points in {D} dimensions, k = {k}")
        expect_unchanged(X0, X, what="X")


@test_case(points=0.25, hidden=True)
def test_integer_data_and_square_k(pca_directions):
    """integer data, and k = D so that W is square"""
    X = np.array([[1, 2, 0], [3, 1, 1], [0, 4, 2], [5, 0, 1], [2, 2, 5]])
    _check_pca(pca_directions(X.copy(), 3), X, 3, "pca_directions on integer data with k = D = 3")
    rng = np.random.default_rng(4702)
    Y = rng.normal(size=(9, 4)) @ rng.normal(size=(4, 4)) + 5
    _check_pca(pca_directions(Y.copy(), 4), Y, 4, "pca_directions with k = D = 4")


@test_case(points=0.25, hidden=True)
def test_offsets_scales_and_edge_shapes(pca_directions):
    """data offset by 1e6, scaled by 1e-8 and 1e8, constant 0.1 in one dimension, N = 2, k > N raises"""
    rng = np.random.default_rng(4703)
    Z = rng.normal(size=(20, 3)) * np.array([3.0, 1.0, 0.3])
    X = Z + 1e6
    m = X.mean(axis=0)
    one_pass = (X.T @ X - len(X) * np.outer(m, m)) / (len(X) - 1)
    one_pass_var = np.linalg.svd(one_pass, compute_uv=False)[:2]
    _check_pca(pca_directions(X.copy(), 2), X, 2, "pca_directions on 20 points near 1e6, k = 2",
               extra_mistakes=[(one_pass_var, ONE_PASS)])
    for scale in (1e-8, 1e8):
        Xs = scale * Z
        _check_pca(pca_directions(Xs.copy(), 2), Xs, 2, f"pca_directions on data scaled by {scale:g}, k = 2")
    C = np.full((5, 1), 0.1)
    _check_pca(pca_directions(C.copy(), 1), C, 1, "pca_directions on five copies of 0.1 (D = 1)")
    two = np.array([[1.0, 2.0, 3.0], [3.0, 2.0, -1.0]])
    _check_pca(pca_directions(two.copy(), 1), two, 1, "pca_directions on N = 2 points, k = 1")
    expect_raises(ValueError, pca_directions, rng.normal(size=(3, 5)), 4,
                  what="pca_directions(X of shape (3, 5), 4)", when="for k > min(N, D) = 3")
