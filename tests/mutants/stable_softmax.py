"""Wrong implementations of `softmax` (question stable_softmax)."""
import numpy as np


def no_shift(logits):
    E = np.exp(np.asarray(logits, dtype=float))
    return E / E.sum(axis=1, keepdims=True)


def global_max(logits):
    S = np.asarray(logits, dtype=float)
    E = np.exp(S - S.max())
    return E / E.sum(axis=1, keepdims=True)


def normalised_over_columns(logits):
    S = np.asarray(logits, dtype=float)
    E = np.exp(S - S.max(axis=0, keepdims=True))
    return E / E.sum(axis=0, keepdims=True)


def without_keepdims(logits):
    S = np.asarray(logits, dtype=float)
    E = np.exp(S - S.max(axis=1))
    return E / E.sum(axis=1)


def shifted_in_place(logits):
    S = np.asarray(logits, dtype=float)
    S -= S.max(axis=1, keepdims=True)
    np.exp(S, out=S)
    return S / S.sum(axis=1, keepdims=True)


def float32(logits):
    S = np.asarray(logits, dtype=np.float32)
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def scipy_softmax(logits):
    from scipy.special import softmax

    return softmax(np.asarray(logits, dtype=float), axis=1)


def sklearn_softmax(logits):
    from sklearn.utils.extmath import softmax

    return softmax(np.array(logits, dtype=float))


def shifted_by_the_minimum(logits):
    S = np.asarray(logits, dtype=float)
    E = np.exp(S - S.min(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


MUTANTS = [
    ("softmax", scipy_softmax, "asks you not to use"),
    ("softmax", sklearn_softmax, "asks you not to use"),
    ("softmax", shifted_by_the_minimum, "Subtract each row's maximum before np.exp"),

    ("softmax", no_shift, "Subtract each row's maximum before np.exp"),
    ("softmax", global_max, "Subtract each row's OWN maximum"),
    ("softmax", normalised_over_columns, "your columns sum to 1"),
    ("softmax", without_keepdims, "keepdims=True"),
    ("softmax", shifted_in_place, "modified logits in place"),
    ("softmax", float32, None),
]
