"""Wrong implementations of `cross_entropy`."""
import numpy as np


def _checked(logits, y):
    S, y = np.asarray(logits, dtype=float), np.asarray(y)
    m, k = S.shape
    if y.shape != (m,) or np.any(y < 0) or np.any(y >= k):
        raise ValueError("labels")
    return S, y, m, k


def _log_softmax(S):
    shifted = S - S.max(axis=1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))


def log_of_softmax(logits, y):
    S, y, m, k = _checked(logits, y)
    E = np.exp(S - S.max(axis=1, keepdims=True))
    P = E / E.sum(axis=1, keepdims=True)
    return float(-np.mean(np.log(P[np.arange(m), y])))


def clipped_probabilities(logits, y):
    S, y, m, k = _checked(logits, y)
    E = np.exp(S - S.max(axis=1, keepdims=True))
    P = np.clip(E / E.sum(axis=1, keepdims=True), 1e-12, 1.0)
    return float(-np.mean(np.log(P[np.arange(m), y])))


def summed(logits, y):
    S, y, m, k = _checked(logits, y)
    return float(-_log_softmax(S)[np.arange(m), y].sum())


def mean_over_one_hot_entries(logits, y):
    S, y, m, k = _checked(logits, y)
    Y = np.eye(k)[y]
    return float(-np.mean(Y * _log_softmax(S)))


def column_block(logits, y):
    S, y, m, k = _checked(logits, y)
    return float(-np.mean(_log_softmax(S)[:, y]))


def wrong_sign(logits, y):
    S, y, m, k = _checked(logits, y)
    return float(np.mean(_log_softmax(S)[np.arange(m), y]))


def no_label_check(logits, y):
    S, y = np.asarray(logits, dtype=float), np.asarray(y)
    return float(-np.mean(_log_softmax(S)[np.arange(len(S)), y]))


def log2(logits, y):
    S, y, m, k = _checked(logits, y)
    return float(-np.mean(_log_softmax(S)[np.arange(m), y]) / np.log(2))


def global_shift(logits, y):
    S, y, m, k = _checked(logits, y)
    shifted = S - S.max()
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return float(-log_p[np.arange(m), y].mean())


def scipy_logsumexp(logits, y):
    from scipy.special import logsumexp

    S, y, m, k = _checked(logits, y)
    return float(np.mean(logsumexp(S, axis=1) - S[np.arange(m), y]))


def sklearn_log_loss(logits, y):
    from sklearn.metrics import log_loss

    S, y, m, k = _checked(logits, y)
    P = np.exp(_log_softmax(S))
    return float(log_loss(y, P, labels=list(range(k))))


MUTANTS = [
    ("cross_entropy", global_shift, "Shift each row by its own maximum"),
    ("cross_entropy", scipy_logsumexp, "asks you not to use"),
    ("cross_entropy", sklearn_log_loss, "asks you not to use"),

    ("cross_entropy", log_of_softmax, "you took log(0)"),
    ("cross_entropy", clipped_probabilities, "Clipping the probabilities"),
    ("cross_entropy", summed, "m times too large"),
    ("cross_entropy", mean_over_one_hot_entries, "averaged over all m × k entries"),
    ("cross_entropy", column_block, "picks an m × m block"),
    ("cross_entropy", wrong_sign, "must be positive"),
    ("cross_entropy", no_label_check, "should raise ValueError"),
    ("cross_entropy", log2, "natural logarithm"),
]
