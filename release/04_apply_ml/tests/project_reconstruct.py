"""project_reconstruct: Z = (X - mean) V_k and X_tilde = Z V_k^T + mean, with the given (training) mean."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "project_reconstruct"
hints = [
    "project: subtract the mean you are GIVEN (not X.mean(axis=0)), then multiply by the first k "
    "columns of components, components[:, :k]. (N, D) @ (D, k) gives (N, k).",
    "reconstruct: read k = Z.shape[1], multiply Z by the transpose of the first k columns, "
    "(N, k) @ (k, D), and add the mean back.",
    "project returns (X - mean) @ components[:, :k]; reconstruct returns "
    "Z @ components[:, :k].T + mean. Convert the inputs with np.asarray(..., dtype=float) and "
    "check k against components.shape[1].",
]

# the opening cell: no np.cov, scikit-learn or SciPy in this notebook's exercises
_OFF_LIMITS = ["numpy.cov", "scipy", "sklearn"]
bans = {"project": _OFF_LIMITS,
        "reconstruct": _OFF_LIMITS}
ban_reason = ('project and reconstruct with matrix products yourself; np.cov, SciPy and scikit-learn '
              '(PCA, StandardScaler) would do the work for you and are the tools for applied work after '
              'the course.')

NOT_CENTRED = ("the mean was not subtracted before projecting: the codes are (X − mean) V_k. "
               "Without the shift they mix where the data sit with how they vary.")
OWN_MEAN = ("you subtracted the mean of the X you were given; use the mean argument (the training "
            "mean, fixed when PCA was fitted), so that new data go through the same transformation.")
ROWS = ("the principal directions are the COLUMNS of components: use components[:, :k], not the "
        "first k rows.")
NO_MEAN_BACK = ("the mean was not added back: the reconstruction is Z V_kᵀ + mean. Without it "
                "every reconstruction sits near the origin instead of near the data.")
ALL_COLUMNS = ("the codes must use only the first k directions, components[:, :k]; for "
               "reconstruct, k is the number of columns of Z.")


def _setup(rng, N, D, m):
    """Data, a mean that is not the data's own, and m orthonormal columns."""
    X = rng.normal(size=(N, D)) * 3 + rng.normal(size=D) * 5
    mean = X.mean(axis=0) + rng.normal(size=D)
    Q, _ = np.linalg.qr(rng.normal(size=(D, D)))
    return X, mean, Q[:, :m]


def _check_project(project, X, mean, V, k, what):
    """Call project on the given objects (lists stay lists); compare with the known mistakes."""
    Xf, mf, Vf = (np.asarray(a, dtype=float) for a in (X, mean, V))
    expected = (Xf - mf) @ Vf[:, :k]
    wrong = [(Xf @ Vf[:, :k], NOT_CENTRED)]
    if Vf.shape[0] == Vf.shape[1]:
        wrong.append(((Xf - mf) @ Vf[:k, :].T, ROWS))
    if Xf.shape[0] > 1:
        wrong.append(((Xf - Xf.mean(axis=0)) @ Vf[:, :k], OWN_MEAN))
    got = project(X, mean, V, k)
    expect_close(got, expected, rtol=1e-9, atol=1e-9, what=what, misconceptions=wrong)
    return got

FIRST_K = ("codes Z with k columns use only the FIRST k columns of components: Z @ components[:, :k].T "
           "+ mean. With all m columns the shapes do not fit as soon as k < m (k = 0 included).")


def _check_reconstruct(reconstruct, Z, mean, V, what):
    Zf, mf, Vf = (np.asarray(a, dtype=float) for a in (Z, mean, V))
    k = Zf.shape[1]
    expected = Zf @ Vf[:, :k].T + mf
    wrong = [(Zf @ Vf[:, :k].T, NO_MEAN_BACK)]
    if Vf.shape[0] == Vf.shape[1]:
        wrong.append((Zf @ Vf[:k, :] + mf, ROWS))
    try:
        got = reconstruct(Z, mean, V)
    except ValueError as exc:
        if k < Vf.shape[1]:
            expect_true(False, f"{what} raised ValueError ({exc}).",
                        verdict=f"raised ValueError for codes with fewer columns than components",
                        hint=FIRST_K)
        raise
    expect_close(got, expected, rtol=1e-9, atol=1e-9, what=what, misconceptions=wrong)
    return got


@test_case(points=1, hidden=False)
def test_project(project):
    """X = [[1, 1], [3, 3], [4, 6]], mean = [3, 3], components = [[1, -1], [1, 1]]/√2: k = 1 gives [[-2√2], [0], [2√2]]"""
    X = np.array([[1.0, 1.0], [3.0, 3.0], [4.0, 6.0]])
    mean = np.array([3.0, 3.0])
    V = np.array([[1.0, -1.0], [1.0, 1.0]]) / np.sqrt(2)
    _check_project(project, X.copy(), mean.copy(), V.copy(), 1, "project(X, [3, 3], components, 1)")
    _check_project(project, X.copy(), mean.copy(), V.copy(), 2, "project(X, [3, 3], components, 2)")


@test_case(points=1, hidden=False)
def test_reconstruct(reconstruct):
    """reconstruct([[-2√2], [0], [2√2]], [3, 3], components) = [[1, 1], [3, 3], [5, 5]] (same components)"""
    Z = np.array([[-2.0], [0.0], [2.0]]) * np.sqrt(2)
    mean = np.array([3.0, 3.0])
    V = np.array([[1.0, -1.0], [1.0, 1.0]]) / np.sqrt(2)
    _check_reconstruct(reconstruct, Z.copy(), mean.copy(), V.copy(),
                       "reconstruct([[-2√2], [0], [2√2]], [3, 3], components)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(project, reconstruct):
    """k larger than the number of components, a negative k, X with the wrong number of columns, and codes with too many columns raise ValueError"""
    X, mean, V = np.ones((3, 2)), np.zeros(2), np.eye(2)
    expect_raises(ValueError, project, X, mean, V, 3, what="project(X, mean, 2×2 components, 3)")
    expect_raises(ValueError, project, X, mean, V, -1, what="project(X, mean, 2×2 components, -1)")
    expect_raises(ValueError, project, np.ones((3, 1)), mean, V, 1,
                  what="project(X with 1 column, mean, 2×2 components, 1)",
                  when="(X must have as many columns as components has rows)")
    expect_raises(ValueError, project, np.ones((3, 3)), mean, V, 1,
                  what="project(X with 3 columns, mean, 2×2 components, 1)")
    expect_raises(ValueError, reconstruct, np.ones((3, 2)), np.zeros(3), np.eye(3)[:, :1],
                  what="reconstruct(Z with 2 columns, mean, components with 1 column)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.75
