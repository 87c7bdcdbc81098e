"""pca_high_dim: top-k eigenvalues and unit principal directions from the N × N matrix Xc Xcᵀ / (N − 1)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_raises, expect_true, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "pca_high_dim"
hints = [
    "Centre the data, Xc = X - X.mean(axis=0), and form the N × N matrix K = Xc @ Xc.T / (N - 1). "
    "np.linalg.eigh(K) gives its eigenvalues in ascending order: keep the last k, largest first.",
    "An eigenvector u of K (length N) becomes a direction in feature space as Xc.T @ u (length D). "
    "For all k at once: Xc.T @ U[:, :k] with the columns of U in descending order.",
    "The vectors Xc.T @ u have length sqrt((N - 1) λ), not 1: divide each column by its norm, "
    "np.linalg.norm(directions, axis=0).",
]

# the opening cell: no np.cov, scikit-learn or SciPy in this notebook's exercises
_OFF_LIMITS = ["numpy.cov", "scipy", "sklearn"]
bans = {"pca_high_dim": _OFF_LIMITS + ["numpy.linalg.svd"]}
ban_reason = ('compute the components from np.linalg.eigh of the N × N matrix K (the question is about '
              'that route, so no SVD); np.cov, SciPy and scikit-learn (PCA, StandardScaler) would do '
              'the work for you and are the tools for applied work after the course.')

NOT_UNIT = ("your directions are eigenvectors of S but not unit vectors: Xcᵀu has length "
            "sqrt((N − 1) λ). Divide each column by its norm.")
SQRT_LAMBDA = ("your directions have length sqrt(N − 1): you divided Xcᵀu by sqrt(λ), but its norm "
               "is sqrt((N − 1) λ). Divide each column by its norm (np.linalg.norm(..., axis=0)).")
IN_R_N = ("your 'directions' have one entry per data point: they are eigenvectors u of the N × N "
          "matrix K. Map them to feature space with Xcᵀ u (and normalise).")
ASCENDING = ("your eigenvalues are in ascending order, as np.linalg.eigh returns them; keep the k "
             "LARGEST, largest first: values[::-1][:k].")
NOT_CENTRED = ("the data were not centred: subtract the column means, X - X.mean(axis=0), before "
               "forming K.")
CANCELLATION = ("on data far from the origin (an offset of 1e6) K lost its digits: forming it from the raw "
                "X (XXᵀ minus the mean terms) subtracts huge, nearly equal numbers (catastrophic "
                "cancellation). Centre the data first, Xc = X − x̄, and form K = Xc Xcᵀ/(N − 1).")
BY_N = "the covariance divides by N − 1, not N: K = Xc Xcᵀ / (N − 1)."
NO_N_MINUS_1 = ("your eigenvalues are N − 1 times too large: they are those of Xc Xcᵀ. The matrix is "
                "K = Xc Xcᵀ / (N − 1), whose non-zero eigenvalues are those of S.")
NOT_REORDERED = ("the eigenvalues are in the right order but the directions are not: reverse the "
                 "columns of eigh's eigenvectors together with the eigenvalues.")


def _check(got, X, k, what):
    """Sign-agnostic: eigenvalues, then unit columns with S W = W diag(eigenvalues)."""
    X = np.asarray(X, dtype=float)
    N, D = X.shape
    values, W = expect_tuple(got, 2, what=what, names="eigenvalues, components")
    Xc = X - X.mean(axis=0)
    S = Xc.T @ Xc / (N - 1)
    all_values, all_vectors = np.linalg.eigh(S)
    expected, expected_W = all_values[::-1][:k], all_vectors[:, ::-1][:, :k]
    scale = max(1.0, expected[0])
    raw = np.linalg.eigvalsh(X @ X.T / (N - 1))[::-1][:k]
    smallest_k = np.linalg.eigvalsh(Xc @ Xc.T / (N - 1))[:k]
    expect_close(values, expected, rtol=1e-7, atol=1e-9 * scale,
                 what=f"the eigenvalues returned by {what}",
                 misconceptions=[(raw, NOT_CENTRED), (smallest_k, ASCENDING), (expected[::-1], ASCENDING),
                                 (expected * (N - 1) / N, BY_N), (expected * (N - 1), NO_N_MINUS_1)])
    W = np.asarray(W)
    expect_true(not (W.shape == (N, k) and N != D),
                f"components from {what} has shape {W.shape}: one row per data point.",
                verdict=f"components has shape {W.shape}, one row per data point", hint=IN_R_N)
    expect_true(W.shape == (D, k) and W.dtype.kind in "fi",
                f"components from {what} should be a real array of shape ({D}, {k}); "
                f"it has shape {W.shape}.", verdict=f"components has shape {W.shape}, not (D, k)")
    W = W.astype(float)
    lengths = np.linalg.norm(W, axis=0)
    expect_true(np.allclose(lengths, 1.0, atol=1e-8),
                f"the columns of components from {what} have lengths {np.round(lengths, 6)}; "
                "they must all be 1.", verdict="the columns of components are not unit vectors",
                hint=NOT_UNIT if np.allclose(lengths, np.sqrt((N - 1) * expected), rtol=1e-6)
                else SQRT_LAMBDA if np.allclose(lengths, np.sqrt(N - 1), rtol=1e-6) else None)
    tol = 1e-8 * scale
    residual = np.abs(S @ W - W * expected).max()
    if residual > tol:
        hint = None
        if np.abs(S @ W - W * expected[::-1]).max() <= tol:
            hint = NOT_REORDERED
        elif np.abs(X.T @ X / (N - 1) @ W - W * raw).max() <= 1e-8 * max(1.0, raw[0]):
            hint = NOT_CENTRED
        expect_true(False, f"the columns of components from {what} are not the principal "
                    f"directions: ‖S W − W diag(eigenvalues)‖ = {residual:.3g} for the sample "
                    "covariance S.", verdict="the columns of components are not the principal "
                    "directions", hint=hint)
    signs = np.where(np.sum(W * expected_W, axis=0) < 0, -1.0, 1.0)   # either sign is right
    expect_close(W * signs, expected_W, rtol=0, atol=1e-6,
                 what=f"the components from {what} (up to sign per column)")


@test_case(points=1, hidden=False)
def test_two_points(pca_high_dim):
    """pca_high_dim([[1, 1, 1, 1], [3, 3, 3, 3]], 1): eigenvalue [8], direction ±[1, 1, 1, 1]/2"""
    X = np.array([[1.0, 1.0, 1.0, 1.0], [3.0, 3.0, 3.0, 3.0]])
    _check(pca_high_dim(X.copy(), 1), X, 1, "pca_high_dim([[1, 1, 1, 1], [3, 3, 3, 3]], 1)")


@test_case(points=0.75, hidden=False)
def test_four_points_in_six_dimensions(pca_high_dim):
    """X = np.arange(24).reshape(4, 6) ** 1.5 (4 points in 6 dimensions), k = 3: the same answer as the SVD route"""
    X = np.arange(24.0).reshape(4, 6) ** 1.5
    _check(pca_high_dim(X.copy(), 3), X, 3, "pca_high_dim(np.arange(24).reshape(4, 6) ** 1.5, 3)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(pca_high_dim):
    """k = 0, k = N (more than N − 1), k > D and a single data point raise ValueError"""
    X = np.arange(12.0).reshape(3, 4) ** 2
    expect_raises(ValueError, pca_high_dim, X, 0, what="pca_high_dim(X of shape (3, 4), 0)")
    expect_raises(ValueError, pca_high_dim, X, 3, what="pca_high_dim(X of shape (3, 4), 3)",
                  when="(3 centred points span at most 2 dimensions)")
    expect_raises(ValueError, pca_high_dim, np.arange(12.0).reshape(6, 2) ** 2, 3,
                  what="pca_high_dim(X of shape (6, 2), 3)")
    expect_raises(ValueError, pca_high_dim, np.ones((1, 3)), 1, what="pca_high_dim(X of shape (1, 3), 1)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
