"""Valid alternatives to `predict` and `confusion_matrix` that must earn full marks."""
import numpy as np


def predict_from_probabilities(params, X):
    X = np.asarray(X, dtype=float)
    A1 = np.maximum(X @ np.asarray(params["W1"], float) + np.asarray(params["b1"], float), 0)
    S = A1 @ np.asarray(params["W2"], float) + np.asarray(params["b2"], float)
    P = np.exp(S - S.max(axis=1, keepdims=True))
    return (P / P.sum(axis=1, keepdims=True)).argmax(axis=1)


def confusion_by_bincount(y_true, y_pred, k):
    t, p = np.asarray(y_true, dtype=int).ravel(), np.asarray(y_pred, dtype=int).ravel()
    if len(t) != len(p) or np.size(y_true) != len(t):
        raise ValueError("the two label sequences must be equally long")
    if np.any((t < 0) | (t >= k) | (p < 0) | (p >= k)):
        raise ValueError("labels must lie in 0..k-1")
    return np.bincount(t * k + p, minlength=k * k).reshape(k, k)


def confusion_by_loop(y_true, y_pred, k):
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    C = np.zeros((k, k), dtype=np.int64)
    for t, p in zip(y_true, y_pred):
        if not (0 <= t < k and 0 <= p < k):
            raise ValueError("label out of range")
        C[int(t), int(p)] += 1
    return C


ALTERNATIVES = [("predict", predict_from_probabilities), ("confusion_matrix", confusion_by_bincount),
                ("confusion_matrix", confusion_by_loop)]


# --- added (red team 3): the counts as a 2-D histogram with one unit-wide bin per class ----------------
def confusion_by_histogram2d(y_true, y_pred, k):
    a, b = np.asarray(y_true), np.asarray(y_pred)
    if a.ndim != 1 or a.shape != b.shape:
        raise ValueError("y_true and y_pred must be 1-D and equally long")
    if a.size and (min(a.min(), b.min()) < 0 or max(a.max(), b.max()) >= k):
        raise ValueError("labels must lie in 0, ..., k - 1")
    return np.histogram2d(a, b, bins=k, range=[[0, k], [0, k]])[0].astype(int)


ALTERNATIVES += [("confusion_matrix", confusion_by_histogram2d)]
