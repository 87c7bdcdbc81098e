"""reconstruction_errors: training and test MSE of PCA reconstructions; training MSE = (N-1)/N × discarded eigenvalues."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_true, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "reconstruction_errors"
hints = [
    "Fit once: eigenvalues, components, mean = pca_svd(X_train). Then loop over ks and, for each "
    "k, rebuild both data sets with reconstruct(project(X, mean, components, k), mean, components).",
    "Use the TRAINING mean and components for the test set too. The error of one data set is "
    "np.mean(np.sum((X - X_rebuilt) ** 2, axis=1)): sum over the features, mean over the points.",
    "Collect one training and one test error per k in two lists and return "
    "(np.array(train_errors), np.array(test_errors)). For k = D both errors are 0 up to rounding.",
]

# the opening cell: no np.cov, scikit-learn or SciPy in this notebook's exercises
_OFF_LIMITS = ["numpy.cov", "scipy", "sklearn"]
bans = {"reconstruction_errors": _OFF_LIMITS}
ban_reason = ('use your own pca_svd, project and reconstruct; np.cov, SciPy and scikit-learn (PCA, '
              'StandardScaler) would do the work for you and are the tools for applied work after the '
              'course.')

PER_ENTRY = ("your errors are D times too small: you averaged over all N·D entries. The squared "
             "error of a point is summed over its D features, then averaged over the N points: "
             "np.mean(np.sum((X - X_rebuilt) ** 2, axis=1)).")
NO_MEAN_BACK = ("the mean was not added back when reconstructing: X_rebuilt = Z V_kᵀ + mean. "
                "Without it the reconstructions sit near the origin and the errors are huge.")
OWN_MEAN = ("the test set was centred with its own mean. PCA is fitted on the training set: "
            "project and reconstruct the test data with the TRAINING mean.")
FROM_EIGENVALUES = ("your training errors equal the sum of the discarded eigenvalues without the "
                    "factor (N − 1)/N. The eigenvalues divide by N − 1 but the mean squared error "
                    "divides by N; measure the errors by reconstructing the data.")
SUMMED = ("your errors are N times too large: you summed the squared distances over the points. "
          "MSE_k is their MEAN over the N points (and the sum over the D features).")
ROOT = ("your errors look like square roots of the right ones: return the MEAN SQUARED error, "
        "without a square root.")
TEST_FIT = ("your test errors are those of a PCA fitted on the test set itself. Fit once, on "
            "X_train, and reuse that mean and those components for X_test.")


def _errors(X, mean, V, ks):
    codes = (X - mean) @ V
    out = []
    for k in ks:
        rebuilt = codes[:, :k] @ V[:, :k].T + mean
        out.append(np.mean(np.sum((X - rebuilt) ** 2, axis=1)))
    return np.array(out)


def _fit(X):
    mean = X.mean(axis=0)
    values, V = np.linalg.eigh(np.cov(X, rowvar=False).reshape(X.shape[1], X.shape[1]))
    return values[::-1], V[:, ::-1], mean


def _check(got, X_train, X_test, ks, what):
    """Training errors against the identity, test errors against a direct reference."""
    X_train, X_test = np.asarray(X_train, dtype=float), np.asarray(X_test, dtype=float)
    N, D = X_train.shape
    train_mse, test_mse = expect_tuple(got, 2, what=what, names="train_mse, test_mse")
    values, V, mean = _fit(X_train)
    values = np.clip(values, 0.0, None)
    tail = np.array([values[k:].sum() for k in ks])
    expected_train = (N - 1) / N * tail
    scale = max(1.0, float(np.sum(values)))
    centred_train = X_train - mean
    no_mean_train = np.array([np.mean(np.sum((X_train - centred_train @ V[:, :k] @ V[:, :k].T) ** 2,
                                             axis=1)) for k in ks])
    expect_close(train_mse, expected_train, rtol=1e-7, atol=1e-9 * scale,
                 what=f"the training errors from {what}",
                 misconceptions=[(expected_train / D, PER_ENTRY), (tail, FROM_EIGENVALUES),
                                 (np.sqrt(expected_train), ROOT), (no_mean_train, NO_MEAN_BACK),
                                 (expected_train * N, SUMMED)])
    expected_test = _errors(X_test, mean, V, ks)
    centred_test = X_test - mean
    own = _errors(X_test, X_test.mean(axis=0), V, ks)
    no_mean_test = np.array([np.mean(np.sum((X_test - centred_test @ V[:, :k] @ V[:, :k].T) ** 2,
                                            axis=1)) for k in ks])
    wrong = [(expected_test / D, PER_ENTRY), (no_mean_test, NO_MEAN_BACK),
             (np.sqrt(expected_test), ROOT), (expected_test * len(X_test), SUMMED)]
    if len(X_test) > 1:
        wrong.append((own, OWN_MEAN))
    if len(X_test) > D:
        _, V_test, mean_test = _fit(X_test)
        wrong.append((_errors(X_test, mean_test, V_test, ks), TEST_FIT))
    expect_close(test_mse, expected_test, rtol=1e-7, atol=1e-9 * scale,
                 what=f"the test errors from {what}", misconceptions=wrong)
    for part, label in ((train_mse, "train_mse"), (test_mse, "test_mse")):
        expect_array(part, what=f"{label} from {what}")


@test_case(points=1.25, hidden=False)
def test_rectangle(reconstruction_errors):
    """training set: a 2×1 rectangle's corners + (10, 20); test set [[12, 21.5], [13, 22.5], [9, 19.5]]; ks = [0, 1, 2] → ([1.25, 0.25, 0], [5, 2, 0])"""
    X_train = np.array([[0.0, 0.0], [2.0, 0.0], [0.0, 1.0], [2.0, 1.0]]) + np.array([10.0, 20.0])
    X_test = np.array([[12.0, 21.5], [13.0, 22.5], [9.0, 19.5]])
    what = "reconstruction_errors(corners + (10, 20), [[12, 21.5], [13, 22.5], [9, 19.5]], [0, 1, 2])"
    _check(reconstruction_errors(X_train.copy(), X_test.copy(), [0, 1, 2]), X_train, X_test,
           [0, 1, 2], what)


@test_case(points=0.75, hidden=False)
def test_identity_on_random_data(reconstruction_errors):
    """20 random training points in 4 dimensions, ks = [3, 0, 1]: training MSE = (N − 1)/N × sum of discarded eigenvalues"""
    rng = np.random.default_rng(7)
    X_train = rng.normal(size=(20, 4)) * np.array([4.0, 2.0, 1.0, 0.5]) + 3.0
    X_test = rng.normal(size=(6, 4)) * 2.0 + 3.0
    what = "reconstruction_errors on 20 random points in 4 dimensions, ks = [3, 0, 1]"
    _check(reconstruction_errors(X_train.copy(), X_test.copy(), [3, 0, 1]), X_train, X_test,
           [3, 0, 1], what)


@test_case(points=0.5, hidden=True)
def test_random_data(reconstruction_errors):
    """random data of several sizes, every k from 0 to D, a single test point; inputs left unchanged"""
    rng = np.random.default_rng(40351)
    for N, M, D in ((15, 8, 3), (40, 1, 5), (12, 12, 6)):
        X_train = rng.normal(size=(N, D)) @ rng.normal(size=(D, D)) + rng.normal(size=D) * 10
        X_test = rng.normal(size=(M, D)) @ rng.normal(size=(D, D)) + rng.normal(size=D) * 10
        A, B = X_train.copy(), X_test.copy()
        ks = list(range(D + 1))
        _check(reconstruction_errors(X_train, X_test, ks), A, B, ks,
               f"reconstruction_errors on {N} training and {M} test points in {D} dimensions")
        expect_unchanged(A, X_train, what="X_train")
        expect_unchanged(B, X_test, what="X_test")


@test_case(points=0.5, hidden=True)
def test_integer_data_and_rank_deficiency(reconstruction_errors):
    """integer pixel-like data, and fewer training points than features (errors 0 once k reaches the rank)"""
    rng = np.random.default_rng(40352)
    X_train = rng.integers(0, 17, size=(25, 5))
    X_test = rng.integers(0, 17, size=(5, 5))
    ks = [0, 2, 5]
    _check(reconstruction_errors(X_train, X_test, ks), X_train, X_test, ks,
           "reconstruction_errors on integer data")
    X_train = rng.normal(size=(4, 7)) * 2 + 1
    ks = [0, 1, 2, 3]
    what = "reconstruction_errors on 4 training points in 7 dimensions"
    got = reconstruction_errors(X_train.copy(), X_train[:2].copy(), ks)
    _check(got, X_train, X_train[:2], ks, what)
    train_mse = np.asarray(got[0], dtype=float)
    expect_true(abs(train_mse[-1]) <= 1e-9 * max(1.0, train_mse[0]),
                f"{what}: with k = 3 = N − 1 the centred training data are rebuilt exactly, "
                f"so the training error must be 0, not {train_mse[-1]:.3g}.",
                verdict="the training error is not 0 at k = N − 1")
