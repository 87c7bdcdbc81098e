"""predict_confusion: class predictions by argmax of the logits, and the confusion matrix of labels."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_equal, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "predict_confusion"
hints = [
    "predict: the logits are the third value returned by mlp_forward; the predicted class of a row "
    "is the column of its largest entry. confusion_matrix: start from np.zeros((k, k), dtype=int) "
    "and add 1 at (true label, predicted label) for every example.",
    "np.argmax(logits, axis=1) gives one column index per row. For the counts, a plain loop "
    "`for t, p in zip(y_true, y_pred): C[t, p] += 1` is correct; C[y_true, y_pred] += 1 is not.",
    "np.add.at(C, (y_true, y_pred), 1) adds once for every pair. Before counting, raise ValueError "
    "if the two label arrays differ in shape or a label is outside 0..k-1.",
]

bans = {"confusion_matrix": ["scipy", "sklearn"]}
ban_reason = ("this notebook builds the network with NumPy alone: write it yourself, with your own "
              "functions from the sections above as the tools; SciPy's and scikit-learn's versions "
              "are for applied work after the course.")

ARGMAX_AXIS = ("predict returned one value per CLASS: np.argmax(logits, axis=0) looks down each "
               "column. Take the largest entry of each ROW (one row per example): axis=1.")
NOT_LABELS = ("predict should return class labels, one integer per row of X, shape (m,); you returned "
              "an (m, k) array of scores or probabilities. Take np.argmax(..., axis=1).")
FLAT_ARGMAX = ("np.argmax without an axis returns one index into the flattened array. Take the "
               "largest entry of each row: np.argmax(logits, axis=1).")
INT_DTYPE = "return integer labels (np.argmax already gives integers); do not convert them to float."
FANCY = ("a pair (true, predicted) that occurs several times was counted once: C[y_true, y_pred] += 1 "
         "with index arrays adds 1 only ONCE per distinct position. Loop over the examples, or use "
         "np.add.at(C, (y_true, y_pred), 1).")
MISSING_CLASSES = ("the matrix is (k, k) for the k you are given, whatever labels occur: a class that "
                   "is absent from both y_true and y_pred still has its row and column (of zeros). Do "
                   "not infer k from the largest label.")
TRANSPOSED = ("your matrix is transposed: row i must hold the examples whose TRUE class is i, column j "
              "those PREDICTED as j, so C[y_true, y_pred].")
COUNT_DTYPE = ("the confusion matrix holds counts: make it an integer array, "
               "np.zeros((k, k), dtype=int).")


def _logits(params, X):
    A1 = np.maximum(np.asarray(X, dtype=float) @ params["W1"] + params["b1"], 0.0)
    return A1 @ params["W2"] + params["b2"]


def _check_predictions(got, params, X, what):
    expected = _logits(params, X).argmax(axis=1)
    expect_true(got is not None, f"{what} returned None — did you forget a `return` statement?",
                verdict="returned None — did you forget a `return` statement?")
    expect_array(got, what=what, dtype_kind=None)
    arr = np.asarray(got)
    m, k = len(expected), np.shape(params["W2"])[1]
    if arr.shape != expected.shape:
        hint = (NOT_LABELS if arr.shape == (m, k) else ARGMAX_AXIS if arr.shape == (k,)
                else FLAT_ARGMAX if arr.ndim == 0 else None)
        expect_true(False, f"{what} has shape {arr.shape}; expected ({m},), one label per row of X.",
                    verdict=f"wrong shape {arr.shape}, expected one label per row", hint=hint)
    expect_true(arr.dtype.kind in "iu", f"{what} has dtype {arr.dtype}; expected integers.",
                verdict=f"dtype {arr.dtype} instead of integers", hint=INT_DTYPE)
    expect_equal(arr, expected, what=what)


def _check_confusion(got, y_true, y_pred, k, what):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    expected = np.zeros((k, k), dtype=int)
    for t, p in zip(y_true, y_pred):
        expected[t, p] += 1
    once = np.zeros((k, k), dtype=int)
    once[y_true, y_pred] = 1
    expect_true(got is not None, f"{what} returned None — did you forget a `return` statement?",
                verdict="returned None — did you forget a `return` statement?")
    arr = np.asarray(got)
    present = int(max(y_true.max(), y_pred.max())) + 1 if y_true.size else 0
    expect_true(arr.shape == (k, k), f"{what} has shape {arr.shape}; expected ({k}, {k}).",
                verdict=f"wrong shape {arr.shape}",
                hint=MISSING_CLASSES if arr.shape == (present, present) != (k, k) else None)
    misconceptions = [(once, FANCY), (expected.T, TRANSPOSED), (once.T, FANCY)]
    expect_equal(arr, expected, what=what, misconceptions=misconceptions)
    expect_true(arr.dtype.kind in "iu", f"{what} has dtype {arr.dtype}; expected integer counts.",
                verdict=f"dtype {arr.dtype} instead of integers", hint=COUNT_DTYPE)


def _copy(params):
    return {key: np.array(value) for key, value in params.items()}


@test_case(points=0.75, hidden=False)
def test_predict_small_network(predict, confusion_matrix):
    """predict with W1 = I, b1 = 0, W2 = [[1, -1, 0], [0, -1, 1]], b2 = [0, 0.5, 0] on X = [[2, 1], [1, 3], [-1, -2], [0.5, 0]] = [0, 2, 1, 0]"""
    params = {"W1": np.eye(2), "b1": np.zeros(2), "W2": np.array([[1.0, -1.0, 0.0], [0.0, -1.0, 1.0]]),
              "b2": np.array([0.0, 0.5, 0.0])}
    X = np.array([[2.0, 1.0], [1.0, 3.0], [-1.0, -2.0], [0.5, 0.0]])
    what = "predict(params, [[2, 1], [1, 3], [-1, -2], [0.5, 0]])"
    got = predict(_copy(params), X.copy())
    _check_predictions(got, params, X, what)
    expect_equal(np.asarray(got), np.array([0, 2, 1, 0]), what=what)


@test_case(points=0.75, hidden=False)
def test_confusion_small(predict, confusion_matrix):
    """confusion_matrix([0, 1, 1, 2, 2, 2, 0], [0, 1, 2, 2, 2, 1, 2], 3) = [[1, 0, 1], [0, 1, 1], [0, 1, 2]]"""
    y_true, y_pred = [0, 1, 1, 2, 2, 2, 0], [0, 1, 2, 2, 2, 1, 2]
    what = "confusion_matrix([0, 1, 1, 2, 2, 2, 0], [0, 1, 2, 2, 2, 1, 2], 3)"
    got = confusion_matrix(np.array(y_true), np.array(y_pred), 3)
    _check_confusion(got, y_true, y_pred, 3, what)


@test_case(points=0.5, hidden=False)
def test_confusion_bad_labels(predict, confusion_matrix):
    """labels of different lengths, a label 3 with k = 3, and a label -1 raise ValueError"""
    for y_true, y_pred in (([0, 1, 2], [0, 1]), ([0, 3, 1], [0, 1, 1]), ([0, 1, 1], [0, -1, 1])):
        expect_raises(ValueError, confusion_matrix, np.array(y_true), np.array(y_pred), 3,
                      what=f"confusion_matrix({y_true}, {y_pred}, 3)")


@test_case(points=0.5, hidden=True)
def test_predict_random_networks(predict, confusion_matrix):
    """seeded random networks, a single row, integer X; X and params left unchanged"""
    rng = np.random.default_rng(4471)
    for m, d, h, k in ((6, 3, 4, 3), (1, 5, 2, 4), (30, 64, 32, 10), (5, 5, 3, 5), (4, 2, 3, 2)):
        X = rng.normal(size=(m, d))
        params = {"W1": rng.normal(size=(d, h)), "b1": rng.normal(size=h),
                  "W2": rng.normal(size=(h, k)), "b2": rng.normal(size=k)}
        X0, before = X.copy(), _copy(params)
        _check_predictions(predict(params, X), before, X0, f"predict with m = {m}, d = {d}, h = {h}, k = {k}")
        expect_unchanged(X0, X, what="X")
        for key in before:
            expect_unchanged(before[key], params[key], what=f"params[{key!r}]")
    Xi = rng.integers(-3, 4, size=(7, 3))
    params = {"W1": rng.normal(size=(3, 4)), "b1": rng.normal(size=4),
              "W2": rng.normal(size=(4, 3)), "b2": rng.normal(size=3)}
    _check_predictions(predict(_copy(params), Xi.copy()), params, Xi, "predict with an integer X")


@test_case(points=0.5, hidden=True)
def test_confusion_random_labels(predict, confusion_matrix):
    """200 random labels in 10 classes, labels as lists, classes that never occur, k = 1; inputs unchanged"""
    rng = np.random.default_rng(4472)
    y_true, y_pred = rng.integers(0, 10, size=200), rng.integers(0, 10, size=200)
    t0, p0 = y_true.copy(), y_pred.copy()
    got = confusion_matrix(y_true, y_pred, 10)
    _check_confusion(got, t0, p0, 10, "confusion_matrix of 200 random labels, k = 10")
    expect_unchanged(t0, y_true, what="y_true")
    expect_unchanged(p0, y_pred, what="y_pred")
    total = int(np.asarray(got).sum())
    expect_true(total == 200, f"the counts add up to {total}, not to the 200 examples.",
                verdict="the counts do not add up to the number of examples")
    y_true, y_pred = [1, 1, 4, 1, 4], [1, 4, 4, 1, 1]
    _check_confusion(confusion_matrix(list(y_true), list(y_pred), 6), y_true, y_pred, 6,
                     "confusion_matrix with labels as lists and k = 6")
    _check_confusion(confusion_matrix(np.zeros(4, dtype=int), np.zeros(4, dtype=int), 1),
                     [0, 0, 0, 0], [0, 0, 0, 0], 1, "confusion_matrix with k = 1")
