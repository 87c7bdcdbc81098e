"""Valid alternatives to `sigmoid` and `log_sigmoid` that must earn full marks."""
import numpy as np


def sigmoid_through_logaddexp(z):
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))


def sigmoid_with_masks(z):
    z = np.asarray(z, dtype=float)
    out = np.empty_like(z)
    pos = z >= 0
    out[pos] = 1.0 / (1.0 + np.exp(-z[pos]))
    e = np.exp(z[~pos])
    out[~pos] = e / (1.0 + e)
    return out if out.ndim else out[()]


def log_sigmoid_through_logaddexp(z):
    return -np.logaddexp(0, -np.asarray(z, dtype=float))


def log_sigmoid_with_where(z):
    z = np.asarray(z, dtype=float)
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, -np.log1p(e), z - np.log1p(e))


ALTERNATIVES = [("sigmoid", sigmoid_through_logaddexp), ("sigmoid", sigmoid_with_masks),
                ("log_sigmoid", log_sigmoid_through_logaddexp), ("log_sigmoid", log_sigmoid_with_where)]
