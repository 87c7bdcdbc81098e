"""Valid alternatives to `cross_entropy` that must earn full marks."""
import math

import numpy as np


def take_along_axis(logits, y):
    S = np.asarray(logits, dtype=float)
    labels = np.asarray(y)
    if labels.ndim != 1 or len(labels) != S.shape[0]:
        raise ValueError("one label per row")
    if labels.size and (labels.min() < 0 or labels.max() >= S.shape[1]):
        raise ValueError("label out of range")
    c = S.max(axis=1, keepdims=True)
    lse = c[:, 0] + np.log(np.exp(S - c).sum(axis=1))
    picked = np.take_along_axis(S, labels[:, None].astype(int), axis=1)[:, 0]
    return float(np.mean(lse - picked))


def loop_with_math(logits, y):
    S = np.asarray(logits, dtype=float)
    y = list(y)
    m, k = S.shape
    if len(y) != m or any(not 0 <= int(label) < k for label in y):
        raise ValueError("bad labels")
    total = 0.0
    for row, label in zip(S, y):
        top = max(row)
        total += top + math.log(sum(math.exp(s - top) for s in row)) - row[int(label)]
    return total / m


ALTERNATIVES = [("cross_entropy", take_along_axis), ("cross_entropy", loop_with_math)]


# --- added (red team, step 4) -------------------------------------------------------------

def one_hot_product(logits, y):
    S = np.asarray(logits, dtype=float)
    labels = np.asarray(y)
    if labels.shape != (S.shape[0],) or np.any(labels < 0) or np.any(labels >= S.shape[1]):
        raise ValueError("one label in 0..k-1 per row")
    c = S.max(axis=1, keepdims=True)
    log_p = (S - c) - np.log(np.exp(S - c).sum(axis=1, keepdims=True))
    Y = np.eye(S.shape[1])[labels.astype(int)]
    return float(-np.sum(Y * log_p) / len(labels))


ALTERNATIVES += [("cross_entropy", one_hot_product)]
