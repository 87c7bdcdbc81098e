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
