"""Wrong implementations of `r_squared`."""
import numpy as np


def _prepare(y, y_pred, flatten=True):
    y = np.asarray(y, dtype=float)
    y_pred = np.asarray(y_pred, dtype=float)
    if flatten:
        y, y_pred = y.reshape(-1), y_pred.reshape(-1)
    if y.size != y_pred.size or y.size < 2 or np.all(y == y.flat[0]):
        raise ValueError("invalid input")
    return y, y_pred


def _sums(y, y_pred):
    return np.sum((y - y_pred) ** 2), np.sum((y - y.mean()) ** 2)


def ratio_without_one_minus(y, y_pred):
    res, tot = _sums(*_prepare(y, y_pred))
    return float(res / tot)


def inverted_ratio(y, y_pred):
    res, tot = _sums(*_prepare(y, y_pred))
    return float(1 - tot / res)


def clipped_at_zero(y, y_pred):
    res, tot = _sums(*_prepare(y, y_pred))
    return float(max(0.0, 1 - res / tot))


def squared_correlation(y, y_pred):
    y, y_pred = _prepare(y, y_pred)
    return float(np.corrcoef(y, y_pred)[0, 1] ** 2)


def explained_fraction(y, y_pred):
    y, y_pred = _prepare(y, y_pred)
    return float(np.sum((y_pred - y.mean()) ** 2) / np.sum((y - y.mean()) ** 2))


def total_from_predictions(y, y_pred):
    y, y_pred = _prepare(y, y_pred)
    return float(1 - np.sum((y - y_pred) ** 2) / np.sum((y_pred - y_pred.mean()) ** 2))


def broadcasts_mixed_shapes(y, y_pred):
    y, y_pred = _prepare(y, y_pred, flatten=False)
    res = np.sum((y - y_pred) ** 2)
    return float(1 - res / np.sum((y - y.mean()) ** 2))


def no_check_for_constant_labels(y, y_pred):
    y = np.asarray(y, dtype=float).reshape(-1)
    y_pred = np.asarray(y_pred, dtype=float).reshape(-1)
    if y.size != y_pred.size:
        raise ValueError("lengths differ")
    with np.errstate(all="ignore"):
        res, tot = _sums(y, y_pred)
        return float(1 - res / tot)


MUTANTS = [
    ("r_squared", ratio_without_one_minus, "R² is 1 minus that"),
    ("r_squared", inverted_ratio, "upside down"),
    ("r_squared", clipped_at_zero, "Do not clip"),
    ("r_squared", squared_correlation, "squared correlation"),
    ("r_squared", explained_fraction, "\"explained\" fraction"),
    ("r_squared", total_from_predictions, "TRUE labels"),
    ("r_squared", broadcasts_mixed_shapes, "(m, m) matrix"),
    ("r_squared", no_check_for_constant_labels, "should raise ValueError"),
]
