"""Valid alternatives to `softmax` that must earn full marks."""
import numpy as np


def through_log_sum_exp(logits):
    S = np.array(logits, dtype=float)
    c = np.max(S, axis=1)[:, None]
    log_norm = c + np.log(np.sum(np.exp(S - c), axis=1))[:, None]
    return np.exp(S - log_norm)


def row_by_row(logits):
    S = np.asarray(logits, dtype=float)
    out = np.empty_like(S)
    for i, row in enumerate(S):
        e = np.exp(row - row.max())
        out[i] = e / e.sum()
    return out


ALTERNATIVES = [("softmax", through_log_sum_exp), ("softmax", row_by_row)]
