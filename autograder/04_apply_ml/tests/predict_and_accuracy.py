"""predict_and_accuracy: hard 0/1 labels from a probability threshold, and the accuracy they reach."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_equal, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "predict_and_accuracy"
hints = [
    "predict: the probabilities are sigmoid(X @ w), one per example; compare them with the threshold "
    "using >=, which gives a boolean array, and turn it into 0/1 integers with .astype(int).",
    "accuracy: get the hard labels with predict(X, w), flatten y with np.ravel, and take the mean of "
    "the boolean array `labels == y`.",
    "Check 0 < threshold < 1 at the start of predict and raise ValueError otherwise; return "
    "float(...) from accuracy.",
]

# the opening cell: SciPy and scikit-learn are off limits in this notebook. scipy.special's
# ufuncs are named too: they carry no __module__, so the module ban alone does not see them.
_OFF_LIMITS = ["scipy", "sklearn"]
bans = {"predict": _OFF_LIMITS + ["scipy.special.expit"],
        "accuracy": _OFF_LIMITS}
ban_reason = ('this notebook builds logistic regression from NumPy alone: write it yourself, with your '
              'own functions from the sections above as the tools; SciPy (scipy.special.expit, '
              'scipy.optimize, ...) and scikit-learn do it for you and are for applied work after the '
              'course.')

PROBABILITIES = ("predict must return hard labels 0 and 1, not probabilities: compare σ(Xw) with the "
                 "threshold and convert, (sigmoid(X @ w) >= threshold).astype(int).")
INTEGER = ("predict returns an integer NumPy array of 0s and 1s: convert the comparison with "
           ".astype(int) (a boolean array, or floats 0.0 and 1.0, is not what the task asks for).")
HUGE = ("predict gave wrong labels for huge logits (|x·w| near 1000): your sigmoid overflowed to "
        "NaN there, and NaN >= threshold is False. Use your stable sigmoid, which exponentiates only "
        "non-positive numbers.")
LOGIT_THRESHOLD = ("you compared the logit X @ w with the threshold, but the threshold is a "
                   "probability: compare sigmoid(X @ w) >= threshold.")
TIE = ("an example whose probability equals the threshold exactly (here z = 0, σ = 0.5) belongs to "
       "class 1: use >=, not >.")
PROB_ACCURACY = ("accuracy must count correct hard decisions: threshold the probabilities first (call "
                 "your predict(X, w)), then take the fraction of predicted labels equal to y. "
                 "Comparing or averaging raw probabilities measures something else.")
COUNT = ("you returned the NUMBER of correct predictions; accuracy is their FRACTION, a float in "
         "[0, 1]: divide the count by the number of examples (np.mean of the comparison does both).")
BROADCAST = ("y was a column of shape (m, 1): comparing it with predictions of shape (m,) broadcasts "
             "to an m × m matrix of every prediction against every label. Flatten y with np.ravel(y) "
             "first.")
PERCENT = "accuracy is a fraction in [0, 1], not a percentage: do not multiply by 100."
ERROR_RATE = "you returned the error rate (the fraction of mistakes); accuracy is the fraction of correct predictions."


def _probabilities(X, w):
    return np.exp(-np.logaddexp(0.0, -(np.asarray(X, dtype=float) @ np.asarray(w, dtype=float))))


def _check_labels(got, expected, what, misconceptions=None):
    arr = np.asarray(got) if got is not None else None
    if arr is not None and arr.dtype.kind in "fc" and arr.shape == np.shape(expected):
        expect_true(bool(np.all((arr == 0) | (arr == 1))),
                    f"{what} returned {np.round(arr, 4)}, which are not all 0 or 1.",
                    verdict="returned values other than 0 and 1", hint=PROBABILITIES)
    if arr is not None and arr.dtype.kind in "bfc" and arr.shape == np.shape(expected):
        expect_equal(arr.astype(int), np.asarray(expected), what=what, misconceptions=misconceptions)
        expect_true(False, f"{what} has dtype {arr.dtype}; the task asks for an integer array.",
                    verdict=f"returned dtype {arr.dtype} instead of integers", hint=INTEGER)
    if isinstance(got, (list, tuple)):
        expect_true(False, f"{what} is a Python {type(got).__name__}; the task asks for a NumPy array.",
                    verdict=f"returned a {type(got).__name__} instead of an integer array", hint=INTEGER)
    expect_equal(got, np.asarray(expected), what=what, misconceptions=misconceptions)


def _clouds(rng, m):
    y = rng.integers(0, 2, size=m)
    points = rng.normal(size=(m, 2)) + np.outer(2 * y - 1, [1.0, 0.5])
    return np.column_stack([np.ones(m), points]), y


@test_case(points=0.75, hidden=False)
def test_predict_default_threshold(predict):
    """predict(X, [0, 1, -1]) where the logits X @ w are [2, -2, 0, 0.3]: labels [1, 0, 1, 1] (z = 0 gives class 1)"""
    X = np.array([[1.0, 2.0, 0.0], [1.0, -1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 0.3, 0.0]])
    w = np.array([0.0, 1.0, -1.0])
    _check_labels(predict(X.copy(), w.copy()), [1, 0, 1, 1], "predict(X, [0, 1, -1])",
                  misconceptions={TIE: np.array([1, 0, 0, 1]), LOGIT_THRESHOLD: np.array([1, 0, 0, 0])})


@test_case(points=0.5, hidden=False)
def test_predict_other_thresholds(predict):
    """logits [2, 3, 1, -1]: threshold 0.9 gives [0, 1, 0, 0], threshold 0.2 gives [1, 1, 1, 1]"""
    X = np.array([[1.0, 2.0], [1.0, 3.0], [1.0, 1.0], [1.0, -1.0]])
    w = np.array([0.0, 1.0])
    _check_labels(predict(X.copy(), w.copy(), 0.9), [0, 1, 0, 0], "predict(X, w, threshold=0.9)",
                  misconceptions={LOGIT_THRESHOLD: np.array([1, 1, 1, 0])})
    _check_labels(predict(X.copy(), w.copy(), threshold=0.2), [1, 1, 1, 1],
                  "predict(X, w, threshold=0.2)", misconceptions={LOGIT_THRESHOLD: np.array([1, 1, 1, 0])})


@test_case(points=0.75, hidden=False)
def test_accuracy(accuracy):
    """accuracy(X, [1, 0, 0, 1], [0, 1, -1]) with logits [2, -2, 0, 0.3]: 3 of 4 correct, 0.75"""
    X = np.array([[1.0, 2.0, 0.0], [1.0, -1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 0.3, 0.0]])
    w = np.array([0.0, 1.0, -1.0])
    y = np.array([1, 0, 0, 1])
    p = _probabilities(X, w)
    expect_close(accuracy(X.copy(), y.copy(), w.copy()), 0.75, what="accuracy(X, [1, 0, 0, 1], [0, 1, -1])",
                 misconceptions=[(float(np.mean(1 - np.abs(p - y))), PROB_ACCURACY),
                                 (float(np.mean(p == y)), PROB_ACCURACY),
                                 (75.0, PERCENT), (0.25, ERROR_RATE), (3.0, COUNT)])


@test_case(points=0.5, hidden=True)
def test_column_labels(accuracy):
    """labels given as a column of shape (m, 1), integer and float"""
    rng = np.random.default_rng(40241)
    X, y = _clouds(rng, 30)
    w = np.array([0.2, 1.0, 0.6])
    labels = (X @ w >= 0).astype(int)
    expected = float(np.mean(labels == y))
    for column in (y.reshape(-1, 1), y.reshape(-1, 1).astype(float)):
        expect_close(accuracy(X.copy(), column, w.copy()), expected,
                     what=f"accuracy with y of shape (30, 1) and dtype {column.dtype}",
                     misconceptions={BROADCAST: float(np.mean(labels[None, :] == column))})


@test_case(points=0.25, hidden=True)
def test_random_data(predict, accuracy):
    """random data, m from 1 to 60, integer X and w, default threshold; returns a float; inputs unchanged"""
    rng = np.random.default_rng(40242)
    for m in (1, 9, 60):
        X, y = _clouds(rng, m)
        w = rng.normal(size=3)
        X0, y0, w0 = X.copy(), y.copy(), w.copy()
        labels = (_probabilities(X0, w0) >= 0.5).astype(int)
        _check_labels(predict(X, w), labels, f"predict on {m} examples",
                      misconceptions={TIE: (X0 @ w0 > 0).astype(int)})
        got = accuracy(X, y, w)
        expect_close(got, float(np.mean(labels == y0)), what=f"accuracy on {m} examples",
                     misconceptions={PERCENT: 100 * float(np.mean(labels == y0)),
                                     COUNT: float(np.sum(labels == y0))})
        for before, after, label in ((X0, X, "X"), (y0, y, "y"), (w0, w, "w")):
            expect_unchanged(before, after, what=label)
    X_int = np.array([[1, 3, -1], [1, -2, 0], [1, 0, 4], [1, 1, 1], [1, -3, -3]])
    w_int = np.array([1, 2, -1])
    y_int = np.array([1, 0, 0, 1, 1])
    _check_labels(predict(X_int, w_int), [1, 0, 0, 1, 0], "predict with integer X and w")
    expect_close(accuracy(X_int, y_int, w_int), 0.8, what="accuracy with integer X, y and w")


@test_case(points=0.25, hidden=True)
def test_invalid_threshold(predict):
    """thresholds 0, 1 and 1.5 raise ValueError; logits near ±1000 are classified correctly"""
    X = np.array([[1.0, 0.5], [1.0, -0.5]])
    w = np.array([0.0, 1.0])
    for threshold in (0.0, 1.0, 1.5):
        expect_raises(ValueError, predict, X, w, threshold, what=f"predict(X, w, {threshold})")
    X = np.array([[1.0, 900.0], [1.0, -900.0], [1.0, 1000.0], [1.0, -1000.0]])
    w = np.array([0.0, 1.0])
    for threshold in (0.5, 0.99, 0.01):
        got = predict(X.copy(), w.copy(), threshold)
        arr = np.asarray(got)
        if arr.shape == (4,):
            expect_true(np.array_equal(arr.astype(int), [1, 0, 1, 0]),
                        f"predict with logits near ±1000 and threshold {threshold} gave {arr}.",
                        verdict="wrong labels for huge logits", hint=HUGE)
        _check_labels(got, [1, 0, 1, 0], f"predict with logits near ±1000 (threshold {threshold})")
