"""standardise_train_test: scale training and test data with the TRAINING column means and stds."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_close, expect_finite, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "standardise_train_test"
hints = [
    "Compute mean = X_train.mean(axis=0) and std = X_train.std(axis=0) once, from the training set "
    "only, and apply (X - mean) / std to BOTH data sets.",
    "Before dividing, find the constant training columns with X_train.max(axis=0) == "
    "X_train.min(axis=0) and set their std to 1.0 (work on the std array, a fresh float array).",
    "Convert the inputs with np.asarray(..., dtype=float), check ndim == 2, at least one training "
    "row and equal numbers of columns (raise ValueError otherwise), then return the two scaled "
    "arrays as a tuple.",
]

# the opening cell: no np.cov, scikit-learn or SciPy in this notebook's exercises
_OFF_LIMITS = ["numpy.cov", "scipy", "sklearn"]
bans = {"standardise": _OFF_LIMITS}
ban_reason = ('compute the training means and standard deviations yourself (np.mean and np.std are '
              'fine); np.cov, SciPy and scikit-learn (PCA, StandardScaler) would do the work for you '
              'and are the tools for applied work after the course.')

OWN_STATISTICS = ("the test set was standardised with its OWN mean and std. The mean and std are "
                  "learned from the training set, like any model parameter: transform the test set "
                  "with the training mean and std.")
ZERO_VARIANCE = ("a feature that is constant in the training set has std 0, and dividing by it "
                 "gives NaN or inf. Find the constant columns (max == min) and divide them by 1 "
                 "instead.")
STD_EQUALS_ZERO = ("a constant training column did not come out as 0. np.std of a constant column "
                   "can be a rounding residue such as 1.4e-17 instead of 0, so a test std == 0 "
                   "misses it: detect constant columns with X_train.max(axis=0) == "
                   "X_train.min(axis=0).")
DDOF_ONE = ("your std divides by N − 1 (ddof=1); this question standardises with the population "
            "std, which divides by N (np.std's default, ddof=0).")
POOLED = ("the mean and std were computed from the training and test sets together. Only the "
          "training set may be used: the test set stands for data that arrive later.")
ROWS = ("you standardised each row (a mean and std per data point); standardise each column "
        "(per feature) with X_train.mean(axis=0) and X_train.std(axis=0).")


def _reference(X_train, X_test):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    mean = X_train.mean(axis=0)
    std = X_train.std(axis=0)
    std[np.ptp(X_train, axis=0) == 0] = 1.0
    return (X_train - mean) / std, (X_test - mean) / std


def _scaled(X_ref, X, ddof=0):
    """(X - mean(X_ref)) / std(X_ref), constant columns of X_ref divided by 1."""
    X_ref, X = np.asarray(X_ref, dtype=float), np.asarray(X, dtype=float)
    std = X_ref.std(axis=0, ddof=ddof) if len(X_ref) > ddof else np.ones(X_ref.shape[1])
    std[np.ptp(X_ref, axis=0) == 0] = 1.0
    return (X - X_ref.mean(axis=0)) / std

CONSTANT_ZEROED = ("a column that is constant in the TRAINING set was set to 0 in the test set; it is "
                   "only centred (divided by 1): a test value that differs from the constant training "
                   "value keeps that difference, x − mean.")
EMPTY_TEST = ("only an empty TRAINING set raises ValueError: a test set with no rows is a valid 2-D "
              "input of shape (0, D), and its standardised version is an empty array of the same shape.")
OFFSET = ("on features far from the origin (an offset of 1e6, a spread of about 1) your standard "
          "deviation lost its digits: a shortcut such as sqrt(mean(x²) − mean(x)²) subtracts two huge, "
          "nearly equal numbers (catastrophic cancellation). Compute it from the centred values, "
          "sqrt(mean((x − mean(x))²)), which is what np.std does.")
TINY_SCALE = ("a feature that varies on a tiny scale (values around 1e-9) was treated as constant, or "
              "a huge one (around 1e8) was not standardised: an absolute threshold such as "
              "std < 1e-12 misfires when the units change. Test for constant columns with the values "
              "themselves, X_train.max(axis=0) == X_train.min(axis=0).")


def _check(got, X_train, X_test, what):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    train_z, test_z = expect_tuple(got, 2, what=what, names="train_z, test_z")
    expect_finite(train_z, what=f"train_z from {what}", hint=ZERO_VARIANCE,
                  verdict="train_z contains NaN or inf")
    constant = np.ptp(X_train, axis=0) == 0
    # NaN in test_z alone, with no constant training column: a std of the test set was 0
    expect_finite(test_z, what=f"test_z from {what}",
                  hint=ZERO_VARIANCE if np.any(constant) else OWN_STATISTICS,
                  verdict="test_z contains NaN or inf")
    expected_train, expected_test = _reference(X_train, X_test)
    pooled = np.vstack([X_train, X_test])
    got_train = np.asarray(train_z, dtype=float) if np.shape(train_z) == X_train.shape else None
    if np.any(constant) and got_train is not None and np.allclose(
            got_train[:, ~constant], expected_train[:, ~constant], rtol=1e-9, atol=1e-9):
        column = np.abs(got_train[:, constant]).max()
        expect_true(column <= 1e-9, f"train_z from {what}: a constant training column became "
                    f"{column:.3g} in absolute value instead of 0.",
                    verdict="a constant training column is not 0 after standardising",
                    hint=STD_EQUALS_ZERO)
    row_z = lambda X: (X - X.mean(axis=1, keepdims=True)) / np.where(
        X.std(axis=1, keepdims=True) > 0, X.std(axis=1, keepdims=True), 1.0)
    expect_close(train_z, expected_train, rtol=1e-9, atol=1e-9, what=f"train_z from {what}",
                 misconceptions={DDOF_ONE: _scaled(X_train, X_train, ddof=1),
                                 POOLED: _scaled(pooled, X_train), ROWS: row_z(X_train)})
    expect_close(test_z, expected_test, rtol=1e-9, atol=1e-9, what=f"test_z from {what}",
                 misconceptions={OWN_STATISTICS: _scaled(X_test, X_test),
                                 POOLED: _scaled(pooled, X_test),
                                 DDOF_ONE: _scaled(X_train, X_test, ddof=1),
                                 ROWS: row_z(X_test),
                                 CONSTANT_ZEROED: np.where(constant, 0.0, expected_test)})


@test_case(points=1, hidden=False)
def test_two_features(standardise):
    """standardise([[1, 10], [3, 20], [5, 30]], [[3, 40], [7, 0]]): training mean (3, 20), std (1.633, 8.165)"""
    X_train = np.array([[1.0, 10.0], [3.0, 20.0], [5.0, 30.0]])
    X_test = np.array([[3.0, 40.0], [7.0, 0.0]])
    _check(standardise(X_train.copy(), X_test.copy()), X_train, X_test,
           "standardise([[1, 10], [3, 20], [5, 30]], [[3, 40], [7, 0]])")


@test_case(points=0.75, hidden=False)
def test_constant_feature(standardise):
    """standardise([[1, 5], [3, 5], [5, 5]], [[4, 5], [0, 6]]): the constant second feature is only centred"""
    X_train = np.array([[1.0, 5.0], [3.0, 5.0], [5.0, 5.0]])
    X_test = np.array([[4.0, 5.0], [0.0, 6.0]])
    _check(standardise(X_train.copy(), X_test.copy()), X_train, X_test,
           "standardise([[1, 5], [3, 5], [5, 5]], [[4, 5], [0, 6]])")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(standardise):
    """different numbers of features, a 1-D input and an empty training set raise ValueError"""
    expect_raises(ValueError, standardise, np.ones((3, 2)), np.ones((2, 3)),
                  what="standardise(X_train of shape (3, 2), X_test of shape (2, 3))")
    expect_raises(ValueError, standardise, np.array([1.0, 2.0, 3.0]), np.array([1.0]),
                  what="standardise([1, 2, 3], [1])", when="(data sets must be 2-D)")
    expect_raises(ValueError, standardise, np.ones((0, 2)), np.ones((2, 2)),
                  what="standardise(X_train of shape (0, 2), X_test of shape (2, 2))")


@test_case(points=0.25, hidden=True)
def test_random_data(standardise):
    """random data of several sizes, a single test point, an empty test set (0 rows), integer data and nested lists; inputs left unchanged; a 1-D test point raises ValueError"""
    rng = np.random.default_rng(40301)
    for N, M, D in ((20, 5, 3), (6, 1, 4), (50, 30, 1), (2, 3, 2)):
        X_train = rng.normal(size=(N, D)) * rng.uniform(0.1, 50, size=D) + rng.normal(size=D) * 20
        X_test = rng.normal(size=(M, D)) * 3 + rng.normal(size=D) * 20
        A, B = X_train.copy(), X_test.copy()
        _check(standardise(X_train, X_test), A, B, f"standardise on {N} training and {M} test points")
        expect_unchanged(A, X_train, what="X_train")
        expect_unchanged(B, X_test, what="X_test")
    X_train = rng.integers(0, 17, size=(9, 4))
    X_test = rng.integers(0, 17, size=(4, 4))
    A, B = X_train.copy(), X_test.copy()
    _check(standardise(X_train, X_test), A, B, "standardise on integer data")
    expect_unchanged(A, X_train, what="X_train")
    nested_train, nested_test = [[1, 2], [4, 0], [2, 7]], [[0, 0], [3, 3]]
    _check(standardise(nested_train, nested_test), nested_train, nested_test,
           "standardise on nested lists")
    X_train = rng.normal(size=(5, 3)) * 4 + 1
    empty = np.ones((0, 3))
    what = "standardise with an empty test set of shape (0, D)"
    try:
        got = standardise(X_train.copy(), empty.copy())
    except NotImplementedError:
        raise
    except ValueError:
        expect_true(False, f"{what} raised ValueError.", verdict="raised ValueError for an empty test set",
                    hint=EMPTY_TEST)
    train_z, test_z = expect_tuple(got, 2, what=what, names="train_z, test_z")
    expect_close(train_z, _reference(X_train, empty)[0], rtol=1e-9, atol=1e-9,
                 what=f"train_z from {what}")
    expect_true(np.shape(test_z) == (0, 3), f"test_z from {what} has shape {np.shape(test_z)}; "
                "expected (0, 3).", verdict=f"test_z has shape {np.shape(test_z)} for an empty test set",
                hint=EMPTY_TEST)
    expect_raises(ValueError, standardise, X_train.copy(), X_train[0].copy(),
                  what="standardise with a 1-D test point", when="(X_test must be 2-D, shape (1, D) for one point)")


@test_case(points=0.5, hidden=True)
def test_constant_columns(standardise):
    """pixel-like data with several constant columns (0, 5 and 0.1): no NaN, constant columns only centred"""
    rng = np.random.default_rng(40302)
    X_train = rng.integers(0, 17, size=(7, 6)).astype(float)
    X_train[:, 0] = 0.0
    X_train[:, 3] = 5.0
    X_train[:, 5] = 0.1
    X_test = rng.integers(0, 17, size=(3, 6)).astype(float)
    A, B = X_train.copy(), X_test.copy()
    _check(standardise(X_train, X_test), A, B, "standardise with constant training columns")
    expect_unchanged(A, X_train, what="X_train")
    expect_unchanged(B, X_test, what="X_test")


@test_case(points=0.25, hidden=True)
def test_tiny_and_huge_scales(standardise):
    """features measured on tiny (1e-9) and huge (1e8) scales next to a constant 0.1 column: z-scores do not depend on the units; features with an offset of 1e6 keep their digits"""
    rng = np.random.default_rng(40275)
    base = rng.normal(size=(9, 2))
    test = rng.normal(size=(3, 2))
    for scale in (1e-9, 1e8):
        X_train = np.column_stack([base * scale, np.full(9, 0.1)])
        X_test = np.column_stack([test * scale, np.full(3, 0.3)])
        what = f"standardise on features scaled by {scale:g} (and a constant column 0.1)"
        got = standardise(X_train.copy(), X_test.copy())
        parts = expect_tuple(got, 2, what=what, names="train_z, test_z")
        expected_train, _ = _reference(X_train, X_test)
        if np.shape(parts[0]) == X_train.shape:
            expect_true(np.allclose(np.asarray(parts[0], dtype=float)[:, :2], expected_train[:, :2],
                                    rtol=1e-9, atol=1e-9),
                        f"train_z from {what} is wrong in the scaled columns.",
                        verdict="wrong z-scores for features on a tiny or huge scale", hint=TINY_SCALE)
        _check(got, X_train, X_test, what)
    # values far from the origin with a spread of about 1 (timestamps, years): the standard deviation
    # must come from the centred values, as np.std computes it
    X_train, X_test = base + 1e6, test + 1e6
    what = "standardise on features with an offset of 1e6 and a spread of about 1"
    got = standardise(X_train.copy(), X_test.copy())
    parts = expect_tuple(got, 2, what=what, names="train_z, test_z")
    expected_train, _ = _reference(X_train, X_test)
    if np.shape(parts[0]) == X_train.shape:
        expect_true(np.allclose(np.asarray(parts[0], dtype=float), expected_train, rtol=1e-6, atol=1e-6),
                    f"train_z from {what} is wrong.",
                    verdict="wrong z-scores for features far from the origin", hint=OFFSET)
    _check(got, X_train, X_test, what)
