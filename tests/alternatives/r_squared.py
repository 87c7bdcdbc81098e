"""Valid alternatives to `r_squared` that must earn full marks."""
import numpy as np


def _vectors(y, y_pred):
    y, y_pred = np.ravel(np.asarray(y, dtype=float)), np.ravel(np.asarray(y_pred, dtype=float))
    if np.ndim(y) != 1 or y.shape != y_pred.shape:
        raise ValueError("y and y_pred must hold the same number of values")
    if len(y) < 2 or np.all(y == y[0]):
        raise ValueError("R² is undefined")
    return y, y_pred


def through_variance(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    return 1.0 - np.mean((y - y_pred) ** 2) / np.var(y)


def with_a_loop(y, y_pred):
    y, y_pred = _vectors(y, y_pred)
    y_bar = sum(y) / len(y)
    ss_res = ss_tot = 0.0
    for yi, pi in zip(y, y_pred):
        ss_res += (yi - pi) ** 2
        ss_tot += (yi - y_bar) ** 2
    return float(1 - ss_res / ss_tot)


ALTERNATIVES = [("r_squared", through_variance), ("r_squared", with_a_loop)]
