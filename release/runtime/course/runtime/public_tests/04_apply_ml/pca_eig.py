"""pca_eig: eigenvalues (descending), eigenvectors (columns) and mean from the sample covariance matrix."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "pca_eig"
hints = [
    "Centre the data with the column means, Xc = X - X.mean(axis=0), and form "
    "S = Xc.T @ Xc / (N - 1), a (D, D) matrix.",
    "np.linalg.eigh(S) returns (values, vectors) with the values ASCENDING and the eigenvectors as "
    "the COLUMNS of vectors. Reverse both: values[::-1] and vectors[:, ::-1].",
    "Return (values[::-1], vectors[:, ::-1], mean) after checking that X is 2-D with at least 2 rows.",
]

# the opening cell: no np.cov, scikit-learn or SciPy in this notebook's exercises
_OFF_LIMITS = ["numpy.cov", "scipy", "sklearn"]
bans = {"pca_eig": _OFF_LIMITS + ["numpy.linalg.svd"]}
ban_reason = ('form S with one matrix product and decompose it with np.linalg.eigh (the question is '
              'about that route, so no SVD); np.cov, SciPy and scikit-learn (PCA, StandardScaler) would '
              'do the work for you and are the tools for applied work after the course.')

NOT_CENTRED = ("the data were not centred: subtract the column means, X - X.mean(axis=0), before "
               "forming the covariance. Without it you get the eigenvectors of XᵀX, whose top "
               "direction points from the origin to the data.")
ASCENDING = ("your eigenvalues are in ascending order, which is how np.linalg.eigh returns them. "
             "PCA needs the largest first: reverse them, values[::-1] (and the eigenvectors with "
             "them, vectors[:, ::-1]).")
NOT_REORDERED = ("the eigenvalues are sorted in descending order, but the eigenvectors are still in "
                 "eigh's ascending order, so each column is paired with the wrong eigenvalue. "
                 "Reverse the columns too: vectors[:, ::-1].")
ROWS = ("the principal directions must be the COLUMNS of components; your directions are its "
        "rows. np.linalg.eigh already returns the eigenvectors as columns: do not transpose.")
BY_N = ("your eigenvalues are (N − 1)/N times the right ones: the sample covariance divides by "
        "N − 1, not N.")
PER_POINT = ("you returned one eigenvalue per data point: that is the N × N matrix Xc Xcᵀ. The "
             "covariance of the features is D × D: S = Xc.T @ Xc / (N - 1).")
CANCELLATION = ("on data far from the origin (an offset of 1e6) the covariance lost its digits: a "
                "shortcut such as S = (XᵀX − N·x̄x̄ᵀ)/(N − 1) subtracts two huge, nearly equal matrices "
                "(catastrophic cancellation). Centre the data first, X_c = X − x̄, and form "
                "S = X_cᵀX_c/(N − 1) from the centred data.")
NOT_UNIT = ("the columns of components must be orthonormal (unit length, mutually orthogonal), as "
            "np.linalg.eigh returns them: do not rescale them.")


def _check_pca(got, X, what):
    """Sign- and basis-agnostic: mean, eigenvalues, then orthonormal V with S V = V diag(values)."""
    X = np.asarray(X, dtype=float)
    N, D = X.shape
    values, V, mean = expect_tuple(got, 3, what=what, names="eigenvalues, components, mean")
    mu = X.mean(axis=0)
    expect_close(mean, mu, rtol=1e-12, atol=1e-12 * max(1.0, np.abs(mu).max()),
                 what=f"the mean returned by {what}")
    Xc = X - mu
    S = Xc.T @ Xc / (N - 1)
    expected = np.linalg.eigvalsh(S)[::-1]
    expect_true(not (np.shape(values) == (N,) and N != D),
                f"the eigenvalues from {what} have shape {np.shape(values)}; expected ({D},).",
                verdict="one eigenvalue per data point instead of one per feature", hint=PER_POINT)
    raw = np.linalg.eigvalsh(X.T @ X / (N - 1))[::-1]
    scale = max(1.0, expected[0])
    expect_close(values, expected, rtol=1e-7, atol=1e-9 * scale,
                 what=f"the eigenvalues returned by {what}",
                 misconceptions=[(raw, NOT_CENTRED), (expected[::-1], ASCENDING),
                                 (expected * (N - 1) / N, BY_N)])
    V = np.asarray(V)
    expect_true(V.shape == (D, D) and V.dtype.kind in "fi",
                f"components from {what} should be a real array of shape ({D}, {D}); "
                f"it has shape {V.shape}.", verdict=f"components has shape {V.shape}, not (D, D)")
    V = V.astype(float)
    expect_true(np.allclose(V.T @ V, np.eye(D), atol=1e-8),
                f"the columns of components from {what} are not orthonormal: VᵀV differs from "
                "the identity.", verdict="the columns of components are not orthonormal",
                hint=NOT_UNIT)
    tol = 1e-8 * scale
    residual = np.abs(S @ V - V * expected).max()
    if residual > tol:
        hint = None
        if np.abs(S @ V.T - V.T * expected).max() <= tol:
            hint = ROWS
        elif np.abs(S @ V - V * expected[::-1]).max() <= tol:
            hint = NOT_REORDERED
        elif np.abs(X.T @ X / (N - 1) @ V - V * raw).max() <= 1e-8 * max(1.0, raw[0]):
            hint = NOT_CENTRED
        expect_true(False, f"column i of components from {what} is not an eigenvector of the "
                    f"sample covariance S for eigenvalue i: ‖S V − V diag(eigenvalues)‖ = "
                    f"{residual:.3g}.", verdict="the columns of components are not the matching "
                    "eigenvectors", hint=hint)


@test_case(points=1, hidden=False)
def test_points_on_a_line(pca_eig):
    """pca_eig([[2, 1], [4, 3], [6, 5], [8, 7]]): eigenvalues [40/3, 0], first direction ±[1, 1]/√2, mean [5, 4]"""
    X = np.array([[2.0, 1.0], [4.0, 3.0], [6.0, 5.0], [8.0, 7.0]])
    _check_pca(pca_eig(X.copy()), X, "pca_eig([[2, 1], [4, 3], [6, 5], [8, 7]])")


@test_case(points=0.75, hidden=False)
def test_shifted_rectangle(pca_eig):
    """the corners of a 2×1 rectangle shifted by (10, 20): eigenvalues [4/3, 1/3], directions ±e₁, ±e₂"""
    X = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 1.0], [2.0, 1.0]]) + np.array([10.0, 20.0])
    _check_pca(pca_eig(X.copy()), X, "pca_eig(corners + (10, 20))")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(pca_eig):
    """a single data point and a 1-D array raise ValueError"""
    expect_raises(ValueError, pca_eig, np.ones((1, 3)), what="pca_eig(X of shape (1, 3))")
    expect_raises(ValueError, pca_eig, np.arange(4.0), what="pca_eig([0, 1, 2, 3])",
                  when="(X must be 2-D)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
