"""pca_svd: the same (eigenvalues, components, mean) as pca_eig, from the SVD of the centred data."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "pca_svd"
hints = [
    "Centre first, Xc = X - X.mean(axis=0), then U, s, Vh = np.linalg.svd(Xc, full_matrices=...). "
    "The principal directions are the ROWS of Vh, so components = Vh.T.",
    "The eigenvalues of the sample covariance are s ** 2 / (N - 1). When N < D there are only N "
    "singular values: put them into np.zeros(D) so the remaining eigenvalues are 0.",
    "Use full_matrices=(N < D): then Vh is always (D, D), and U stays small. Return "
    "(eigenvalues, Vh.T, mean).",
]

# the opening cell: no np.cov, scikit-learn or SciPy in this notebook's exercises
_OFF_LIMITS = ["numpy.cov", "scipy", "sklearn"]
bans = {"pca_svd": _OFF_LIMITS + ["numpy.linalg.eigh", "numpy.linalg.eig", "numpy.linalg.eigvalsh"]}
ban_reason = ('compute the components from np.linalg.svd of the centred data (the question is about '
              'that route, so no eigendecomposition); np.cov, SciPy and scikit-learn (PCA, '
              'StandardScaler) would do the work for you and are the tools for applied work after the '
              'course.')

NOT_CENTRED = ("the data were not centred: subtract the column means, X - X.mean(axis=0), before "
               "the SVD. Otherwise the top direction points from the origin to the data.")
BY_N = ("your eigenvalues are (N − 1)/N times the covariance eigenvalues of pca_eig, so the two "
        "routes disagree: divide s ** 2 by N − 1, the same N − 1 as in the covariance matrix.")
SINGULAR_VALUES = ("you returned singular values; the eigenvalues of the covariance are the "
                   "SQUARED singular values divided by N − 1: s ** 2 / (N - 1).")
ROWS = ("the principal directions must be the COLUMNS of components; np.linalg.svd returns them as "
        "the ROWS of Vh (it returns Vᵀ, not V), so return Vh.T.")
NOT_PADDED = ("with fewer points than features (N < D) the SVD gives only N singular values, but "
              "the covariance has D eigenvalues: the missing ones are 0. Start from np.zeros(D) and "
              "fill in s ** 2 / (N - 1).")
NOT_FULL = ("with fewer points than features (N < D), full_matrices=False gives only N rows of Vh. "
            "Pass full_matrices=True to get all D right singular vectors (components must be "
            "(D, D)).")
NOT_UNIT = ("the columns of components must be orthonormal, as the rows of Vh are: do not rescale "
            "them by the singular values.")
COVARIANCE_ROUTE = ("the smallest eigenvalue lost its accuracy. That is the signature of forming "
                    "Xcᵀ Xc (or calling eigh/pca_eig): squaring the data squares its condition "
                    "number. Take the SVD of the centred data Xc itself.")


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
    expected = np.zeros(D)
    s = np.linalg.svd(Xc, compute_uv=False)
    expected[:len(s)] = s ** 2 / (N - 1)
    raw = np.zeros(D)
    raw[:len(s)] = np.linalg.svd(X, compute_uv=False) ** 2 / (N - 1)
    scale = max(1.0, expected[0])
    r = len(s)
    expect_true(np.shape(values) != (r,) or r == D,
                f"the eigenvalues from {what} have shape {np.shape(values)}; expected ({D},).",
                verdict=f"the eigenvalues have shape {np.shape(values)}, not (D,)", hint=NOT_PADDED)
    expect_close(values, expected, rtol=1e-7, atol=1e-9 * scale,
                 what=f"the eigenvalues returned by {what}",
                 misconceptions=[(raw, NOT_CENTRED), (expected * (N - 1) / N, BY_N),
                                 (np.sqrt(expected * (N - 1)), SINGULAR_VALUES)])
    V = np.asarray(V)
    expect_true(np.shape(V) != (D, r) or r == D,
                f"components from {what} has shape {np.shape(V)}; expected ({D}, {D}).",
                verdict=f"components has shape {np.shape(V)}, not (D, D)", hint=NOT_FULL)
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
        elif np.abs(X.T @ X / (N - 1) @ V - V * raw).max() <= 1e-8 * max(1.0, raw[0]):
            hint = NOT_CENTRED
        expect_true(False, f"column i of components from {what} is not an eigenvector of the "
                    f"sample covariance S for eigenvalue i: ‖S V − V diag(eigenvalues)‖ = "
                    f"{residual:.3g}.", verdict="the columns of components are not the principal "
                    "directions", hint=hint)


@test_case(points=1, hidden=False)
def test_points_on_a_line(pca_svd):
    """pca_svd([[2, 1], [4, 3], [6, 5], [8, 7]]): eigenvalues [40/3, 0], first direction ±[1, 1]/√2, mean [5, 4]"""
    X = np.array([[2.0, 1.0], [4.0, 3.0], [6.0, 5.0], [8.0, 7.0]])
    _check_pca(pca_svd(X.copy()), X, "pca_svd([[2, 1], [4, 3], [6, 5], [8, 7]])")


@test_case(points=0.75, hidden=False)
def test_fewer_points_than_features(pca_svd):
    """pca_svd([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]): N = 3 < D = 4, eigenvalues [0.5, 0.5, 0, 0]"""
    X = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0]])
    _check_pca(pca_svd(X.copy()), X, "pca_svd([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]])")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(pca_svd):
    """a single data point and a 1-D array raise ValueError"""
    expect_raises(ValueError, pca_svd, np.ones((1, 3)), what="pca_svd(X of shape (1, 3))")
    expect_raises(ValueError, pca_svd, np.arange(4.0), what="pca_svd([0, 1, 2, 3])",
                  when="(X must be 2-D)")


@test_case(points=0.5, hidden=True)
def test_random_data(pca_svd):
    """random data with an offset (fewer points than features too), integer data; X left unchanged"""
    rng = np.random.default_rng(40321)
    for N, D in ((12, 3), (30, 5), (4, 6), (8, 1), (5, 5)):
        X = rng.normal(size=(N, D)) @ rng.normal(size=(D, D)) + rng.normal(size=D) * 10
        X0 = X.copy()
        _check_pca(pca_svd(X), X0, f"pca_svd on {N} points in {D} dimensions")
        expect_unchanged(X0, X, what="X")
    X = rng.integers(0, 17, size=(9, 4))
    X0 = X.copy()
    _check_pca(pca_svd(X), X0, "pca_svd on integer data")
    expect_unchanged(X0, X, what="X")


@test_case(points=0.5, hidden=True)
def test_small_variance_direction(pca_svd):
    """a direction with 1e-7 times the spread of the top one: its eigenvalue (1e-14 of the top) must be accurate"""
    rng = np.random.default_rng(40322)
    N, D = 30, 4
    Q, _ = np.linalg.qr(rng.normal(size=(D, D)))
    Z = rng.normal(size=(N, D))
    U, _, _ = np.linalg.svd(Z - Z.mean(axis=0), full_matrices=False)
    X = (U * np.array([1.0, 0.3, 1e-4, 1e-7]) * np.sqrt(N - 1)) @ Q.T + rng.normal(size=D)
    what = "pca_svd on data with a tiny-variance direction"
    got = pca_svd(X.copy())
    _check_pca(got, X, what)
    expected = np.linalg.svd(X - X.mean(axis=0), compute_uv=False) ** 2 / (N - 1)
    smallest = float(np.asarray(got[0], dtype=float)[-1])
    error = abs(smallest - expected[-1]) / expected[-1]
    expect_true(error <= 1e-6, f"{what}: the smallest eigenvalue is {smallest:.6g}, expected "
                f"{expected[-1]:.6g} (relative error {error:.1e}).",
                verdict="the smallest eigenvalue is inaccurate", hint=COVARIANCE_ROUTE)
