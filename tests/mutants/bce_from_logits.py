"""Wrong implementations of `bce_from_logits`."""
import numpy as np


def _flat(z, y):
    z = np.ravel(np.asarray(z, dtype=float))
    y = np.ravel(np.asarray(y, dtype=float))
    if z.shape != y.shape or z.size == 0:
        raise ValueError("sizes")
    return z, y


def _sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def log_of_probabilities(z, y):
    z, y = _flat(z, y)
    p = _sigmoid(z)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def overflowing_sigmoid(z, y):
    z, y = _flat(z, y)
    p = np.exp(z) / (1.0 + np.exp(z))
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def clipped_probabilities(z, y):
    z, y = _flat(z, y)
    p = np.clip(_sigmoid(z), 1e-15, 1 - 1e-15)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def clipped_at_1e7(z, y):
    z, y = _flat(z, y)
    p = np.clip(_sigmoid(z), 1e-7, 1 - 1e-7)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def labels_not_flattened(z, y):
    z, y = np.asarray(z, dtype=float), np.asarray(y, dtype=float)
    if z.size != y.size or z.size == 0:
        raise ValueError("sizes")
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def sum_not_mean(z, y):
    z, y = _flat(z, y)
    return float(np.sum(np.logaddexp(0.0, z) - y * z))


def swapped_labels(z, y):
    z, y = _flat(z, y)
    return float(np.mean(np.logaddexp(0.0, z) - (1 - y) * z))


def no_size_check(z, y):
    z = np.ravel(np.asarray(z, dtype=float))
    y = np.ravel(np.asarray(y, dtype=float))
    return float(np.mean(np.logaddexp(0.0, z) - y[:len(z)] * z[:len(y)]))


MUTANTS = [
    ("bce_from_logits", log_of_probabilities, "Compute the loss from the logits"),
    ("bce_from_logits", overflowing_sigmoid, "Compute the loss from the logits"),
    ("bce_from_logits", clipped_probabilities, "capped"),
    ("bce_from_logits", clipped_at_1e7, "capped"),
    ("bce_from_logits", labels_not_flattened, "m × m matrix"),
    ("bce_from_logits", sum_not_mean, "their mean"),
    ("bce_from_logits", swapped_labels, "roles of the labels are swapped"),
    ("bce_from_logits", no_size_check, None),
]


# --- added: bans (SciPy, scikit-learn), soft labels ---------------------------------------------
import scipy.special
from sklearn.metrics import log_loss


def _flat(z, y):
    z = np.ravel(np.asarray(z, dtype=float))
    y = np.ravel(np.asarray(y, dtype=float))
    if z.shape != y.shape or z.size == 0:
        raise ValueError("sizes")
    return z, y


def with_log_expit(z, y):
    z, y = _flat(z, y)
    return float(np.mean(-y * scipy.special.log_expit(z) - (1 - y) * scipy.special.log_expit(-z)))


def with_expit_probabilities(z, y):
    z, y = _flat(z, y)
    p = scipy.special.expit(z)
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(np.mean(-y * np.log(p) - (1 - y) * np.log1p(-p)))


def with_scipy_logsumexp(z, y):
    z, y = _flat(z, y)
    softplus = scipy.special.logsumexp(np.stack([np.zeros_like(z), z]), axis=0)
    return float(np.mean(softplus - y * z))


def sklearn_log_loss(z, y):
    z, y = _flat(z, y)
    e = np.exp(-np.abs(z))
    p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
    return float(log_loss(y, p, labels=[0, 1]))


def branches_on_the_label(z, y):
    z, y = _flat(z, y)
    return float(np.mean(np.where(y == 1, np.logaddexp(0, -z), np.logaddexp(0, z))))


def rounds_the_labels(z, y):
    z, y = _flat(z, y)
    y = np.round(y)
    return float(np.mean(np.logaddexp(0, z) - y * z))


MUTANTS += [
    ("bce_from_logits", with_log_expit, "asks you not to use"),
    ("bce_from_logits", with_expit_probabilities, "asks you not to use"),
    ("bce_from_logits", with_scipy_logsumexp, "asks you not to use"),
    ("bce_from_logits", sklearn_log_loss, "asks you not to use"),
    ("bce_from_logits", branches_on_the_label, "soft labels"),
    ("bce_from_logits", rounds_the_labels, "soft labels"),
]
