"""Valid alternatives to `predict` and `accuracy` that must earn full marks."""
import numpy as np


def predict_on_the_logit_scale(X, w, threshold=0.5):
    """σ(z) >= t  ⇔  z >= log(t / (1 − t)): compare the logits with the threshold's logit."""
    if threshold <= 0 or threshold >= 1:
        raise ValueError("threshold must lie in (0, 1)")
    z = np.asarray(X, dtype=float) @ np.asarray(w, dtype=float)
    return np.where(z >= np.log(threshold / (1 - threshold)), 1, 0)


def predict_with_logaddexp(X, w, threshold=0.5):
    if not 0 < threshold < 1:
        raise ValueError("threshold must lie in (0, 1)")
    z = np.dot(np.asarray(X, dtype=float), np.asarray(w, dtype=float))
    return (np.exp(-np.logaddexp(0, -z)) >= threshold).astype(np.int64)


def accuracy_by_counting(X, y, w):
    labels = predict_with_logaddexp(X, w)
    y = np.asarray(y).reshape(-1)
    return np.count_nonzero(labels == y) / len(y)


ALTERNATIVES = [("predict", predict_on_the_logit_scale), ("predict", predict_with_logaddexp),
                ("accuracy", accuracy_by_counting)]
