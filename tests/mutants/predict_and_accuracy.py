"""Wrong implementations of `predict` and `accuracy`."""
import numpy as np


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def _logits(X, w):
    return np.asarray(X, dtype=float) @ np.asarray(w, dtype=float)


def returns_probabilities(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return _sigmoid(_logits(X, w))


def logit_against_threshold(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return (_logits(X, w) >= threshold).astype(int)


def strict_inequality(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return (_sigmoid(_logits(X, w)) > threshold).astype(int)


def rounds_probabilities(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return np.round(_sigmoid(_logits(X, w))).astype(int)


def no_threshold_check(X, w, threshold=0.5):
    return (_sigmoid(_logits(X, w)) >= threshold).astype(int)


def probabilities_equal_labels(X, y, w):
    return float(np.mean(_sigmoid(_logits(X, w)) == np.ravel(y)))


def soft_accuracy(X, y, w):
    return float(np.mean(1 - np.abs(_sigmoid(_logits(X, w)) - np.ravel(y))))


def labels_not_flattened(X, y, w):
    return float(np.mean((_logits(X, w) >= 0).astype(int) == np.asarray(y)))


def percentage(X, y, w):
    return 100.0 * float(np.mean((_logits(X, w) >= 0).astype(int) == np.ravel(y)))


def error_rate(X, y, w):
    return float(np.mean((_logits(X, w) >= 0).astype(int) != np.ravel(y)))


MUTANTS = [
    ("predict", returns_probabilities, "hard labels 0 and 1"),
    ("predict", logit_against_threshold, "the threshold is a probability"),
    ("predict", strict_inequality, "use >=, not >"),
    ("predict", rounds_probabilities, None),
    ("predict", no_threshold_check, None),
    ("accuracy", probabilities_equal_labels, "count correct hard decisions"),
    ("accuracy", soft_accuracy, "count correct hard decisions"),
    ("accuracy", labels_not_flattened, "np.ravel(y)"),
    ("accuracy", percentage, "not a percentage"),
    ("accuracy", error_rate, "error rate"),
]


# --- added: bans (SciPy, scikit-learn), booleans and floats, overflow -----------------------------
import scipy.spatial.distance
import scipy.special
from sklearn.metrics import accuracy_score
from sklearn.utils.extmath import softmax as _sk_softmax


def _right_predict(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return (_sigmoid(_logits(X, w)) >= threshold).astype(int)


def with_expit(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return (scipy.special.expit(_logits(X, w)) >= threshold).astype(int)


def with_scipy_softmax(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    z = _logits(X, w)
    p = scipy.special.softmax(np.column_stack([z, np.zeros_like(z)]), axis=1)[:, 0]
    return (p >= threshold).astype(int)


def with_sklearn_softmax(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    z = _logits(X, w)
    return (_sk_softmax(np.column_stack([z, np.zeros_like(z)]))[:, 0] >= threshold).astype(int)


def returns_booleans(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return _sigmoid(_logits(X, w)) >= threshold


def returns_float_labels(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    return np.where(_sigmoid(_logits(X, w)) >= threshold, 1.0, 0.0)


def overflowing_sigmoid(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold")
    z = _logits(X, w)
    with np.errstate(all="ignore"):
        p = np.exp(z) / (1.0 + np.exp(z))
    return (p >= threshold).astype(int)


def sklearn_accuracy_score(X, y, w):
    return float(accuracy_score(np.ravel(y), _right_predict(X, w)))


def scipy_hamming(X, y, w):
    return float(1.0 - scipy.spatial.distance.hamming(_right_predict(X, w), np.ravel(y)))


MUTANTS += [
    ("predict", with_expit, "asks you not to use"),
    ("predict", with_scipy_softmax, "asks you not to use"),
    ("predict", with_sklearn_softmax, "asks you not to use"),
    ("predict", returns_booleans, "integer NumPy array"),
    ("predict", returns_float_labels, "integer NumPy array"),
    ("predict", overflowing_sigmoid, "overflowed"),
    ("accuracy", sklearn_accuracy_score, "asks you not to use"),
    ("accuracy", scipy_hamming, "asks you not to use"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def accuracy_as_count(X, y, w):
    X, w = np.asarray(X, dtype=float), np.asarray(w, dtype=float)
    return int(np.sum((X @ w >= 0).astype(int) == np.ravel(y)))


MUTANTS += [("accuracy", accuracy_as_count, "NUMBER of correct predictions")]
