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


# --- added: bans of the notebook's ground rules, absolute thresholds, shapes ------------------
import scipy.stats
from sklearn.metrics import r2_score


def _vectors(y, y_pred):
    y = np.asarray(y, dtype=float).reshape(-1)
    y_pred = np.asarray(y_pred, dtype=float).reshape(-1)
    if y.shape != y_pred.shape or y.size < 2 or np.all(y == y[0]):
        raise ValueError("bad input")
    return y, y_pred


def sklearn_r2(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    return float(r2_score(y, y_pred))


def scipy_variance(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    ss_tot = scipy.stats.tvar(y) * (len(y) - 1)
    return float(1 - np.sum((y - y_pred) ** 2) / ss_tot)


def mean_through_polyfit(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    y_bar = np.polyfit(np.arange(len(y)), y, 0)[0]
    return float(1 - np.sum((y - y_pred) ** 2) / np.sum((y - y_bar) ** 2))


def squares_through_vander(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    ss_res = np.vander(y - y_pred, 3)[:, 0].sum()
    return float(1 - ss_res / np.sum((y - y.mean()) ** 2))


def squares_through_polynomial(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    square = np.polynomial.Polynomial([0, 0, 1])
    return float(1 - square(y - y_pred).sum() / square(y - y.mean()).sum())


def divides_with_inv(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    ss_tot = np.sum((y - y.mean()) ** 2)
    return float(1 - np.sum((y - y_pred) ** 2) * np.linalg.inv([[ss_tot]])[0, 0])


def divides_with_pinv(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    ss_tot = np.sum((y - y.mean()) ** 2)
    return float(1 - np.sum((y - y_pred) ** 2) * np.linalg.pinv([[ss_tot]])[0, 0])


def threshold_on_ss_tot(y, y_pred):
    y = np.asarray(y, dtype=float).reshape(-1)
    y_pred = np.asarray(y_pred, dtype=float).reshape(-1)
    if y.shape != y_pred.shape or y.size < 2:
        raise ValueError("bad input")
    ss_tot = np.sum((y - y.mean()) ** 2)
    if ss_tot < 1e-12:
        raise ValueError("constant labels")
    return float(1 - np.sum((y - y_pred) ** 2) / ss_tot)


def std_below_epsilon(y, y_pred):
    y = np.asarray(y, dtype=float).reshape(-1)
    y_pred = np.asarray(y_pred, dtype=float).reshape(-1)
    if y.shape != y_pred.shape or y.size < 2 or np.std(y) < 1e-8:
        raise ValueError("bad input")
    return float(1 - np.sum((y - y_pred) ** 2) / np.sum((y - y.mean()) ** 2))


def sums_along_axis_zero(y, y_pred):
    y, y_pred = np.asarray(y, dtype=float), np.asarray(y_pred, dtype=float)
    if y.shape != y_pred.shape or len(y) < 2 or np.all(y == y.flat[0]):
        raise ValueError("bad input")
    return 1 - np.sum((y - y_pred) ** 2, axis=0) / np.sum((y - y.mean(axis=0)) ** 2, axis=0)


MUTANTS += [
    ("r_squared", sklearn_r2, "asks you not to use"),
    ("r_squared", scipy_variance, "asks you not to use"),
    ("r_squared", mean_through_polyfit, "asks you not to use"),
    ("r_squared", squares_through_vander, "asks you not to use"),
    ("r_squared", squares_through_polynomial, "asks you not to use"),
    ("r_squared", divides_with_inv, "asks you not to use"),
    ("r_squared", divides_with_pinv, "asks you not to use"),
    ("r_squared", threshold_on_ss_tot, "absolute threshold"),
    ("r_squared", std_below_epsilon, "absolute threshold"),
    ("r_squared", sums_along_axis_zero, "single number"),
]


# --- added (red team, step 4): slips found by an independent bank of wrong answers ----------

def constant_by_variance(y, y_pred):
    y, y_pred = np.ravel(np.asarray(y, dtype=float)), np.ravel(np.asarray(y_pred, dtype=float))
    if y.size != y_pred.size or y.size < 2 or np.var(y) == 0:
        raise ValueError("invalid input")
    return float(1 - np.sum((y - y_pred) ** 2) / np.sum((y - y.mean()) ** 2))


MUTANTS += [("r_squared", constant_by_variance, "np.var(y) == 0")]


def _flat(y, y_pred):
    y, p = np.asarray(y, dtype=float), np.asarray(y_pred, dtype=float)
    y, p = y.reshape(-1), p.reshape(-1)
    if y.shape != p.shape or y.size < 2 or np.all(y == y[0]):
        raise ValueError("bad input")
    return y, p


def residual_variance(y, y_pred):
    y, p = _flat(y, y_pred)
    return float(1 - np.var(y - p) / np.var(y))


def labels_around_prediction_mean(y, y_pred):
    y, p = _flat(y, y_pred)
    return float(1 - np.sum((y - p) ** 2) / np.sum((y - p.mean()) ** 2))


MUTANTS += [
    ("r_squared", residual_variance, "variance of the residuals"),
    ("r_squared", labels_around_prediction_mean, "mean of the predictions instead"),
]
