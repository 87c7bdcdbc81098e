"""Wrong implementations of `beta_binomial_update` and `posterior_history`."""
import numpy as np


def _validate(alpha, beta, k, n):
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("bad prior")
    if not (np.isfinite(k) and np.isfinite(n) and k == np.floor(k) and n == np.floor(n)):
        raise ValueError("k and n must be whole numbers")
    if not 0 <= k <= n:
        raise ValueError("need 0 <= k <= n")


def swapped(alpha, beta, k, n):
    _validate(alpha, beta, k, n)
    return float(alpha + n - k), float(beta + k)


def beta_gets_all_trials(alpha, beta, k, n):
    _validate(alpha, beta, k, n)
    return float(alpha + k), float(beta + n)


def no_validation(alpha, beta, k, n):
    return float(alpha + k), float(beta + n - k)


def accepts_fractional_counts(alpha, beta, k, n):
    if not (alpha > 0 and beta > 0) or not 0 <= k <= n:
        raise ValueError("invalid")
    return float(alpha + k), float(beta + n - k)


def returns_ints(alpha, beta, k, n):
    _validate(alpha, beta, k, n)
    return alpha + k, beta + n - k


def _check_flips(flips):
    flips = np.asarray(flips)
    if flips.ndim != 1 or not np.all((flips == 0) | (flips == 1)):
        raise ValueError("flips must be 0s and 1s")
    return flips


def history_without_prior_row(alpha, beta, flips):
    flips = _check_flips(flips)
    _validate(alpha, beta, 0, 0)
    rows, a, b = [], float(alpha), float(beta)
    for flip in flips:
        a, b = a + flip, b + 1 - flip
        rows.append((a, b))
    return np.array(rows, dtype=float).reshape(-1, 2)


def history_swapped(alpha, beta, flips):
    flips = _check_flips(flips)
    _validate(alpha, beta, 0, 0)
    history = np.empty((len(flips) + 1, 2))
    history[0] = alpha, beta
    for t, flip in enumerate(flips, start=1):
        history[t] = history[t - 1] + (1 - flip, flip)
    return history


def history_any_nonzero_is_heads(alpha, beta, flips):
    flips = np.asarray(flips)
    _validate(alpha, beta, 0, 0)
    heads = (flips != 0).astype(float)
    history = np.empty((len(heads) + 1, 2))
    history[0] = alpha, beta
    for t, h in enumerate(heads, start=1):
        history[t] = history[t - 1] + (h, 1 - h)
    return history


def history_from_batch_counts_only(alpha, beta, flips):
    flips = _check_flips(flips)
    _validate(alpha, beta, 0, 0)
    k = float(np.sum(flips))
    return np.array([[alpha, beta], [alpha + k, beta + len(flips) - k]], dtype=float)


def scipy_frozen_beta(alpha, beta, k, n):
    from scipy import stats
    _validate(alpha, beta, k, n)
    a, b = stats.beta(alpha + k, beta + n - k).args
    return float(a), float(b)


def history_with_scipy(alpha, beta, flips):
    import scipy.stats
    flips = _check_flips(flips)
    _validate(alpha, beta, 0, 0)
    rows = [(alpha, beta)]
    for flip in flips:
        rows.append(scipy.stats.beta(rows[-1][0] + flip, rows[-1][1] + 1 - flip).args)
    return np.array(rows, dtype=float)


def history_integer_array(alpha, beta, flips):
    flips = _check_flips(flips)
    _validate(alpha, beta, 0, 0)
    heads = np.concatenate([[0], np.cumsum(flips)]).astype(int)
    trials = np.arange(len(flips) + 1)
    return np.column_stack([alpha + heads, beta + trials - heads])


def history_as_list(alpha, beta, flips):
    flips = _check_flips(flips)
    _validate(alpha, beta, 0, 0)
    rows = [[float(alpha), float(beta)]]
    for flip in flips:
        a, b = rows[-1]
        rows.append([a + float(flip), b + 1.0 - float(flip)])
    return rows


MUTANTS = [
    ("beta_binomial_update", swapped, "alpha and beta are swapped"),
    ("beta_binomial_update", beta_gets_all_trials, "not the number of trials n"),
    ("beta_binomial_update", no_validation, None),
    ("beta_binomial_update", accepts_fractional_counts, "fractional k"),
    ("beta_binomial_update", returns_ints, "float(alpha + k)"),
    ("posterior_history", history_without_prior_row, "row 0 of the history"),
    ("posterior_history", history_swapped, "alpha and beta are swapped"),
    ("posterior_history", history_any_nonzero_is_heads, "should raise ValueError"),
    ("posterior_history", history_from_batch_counts_only, "has shape"),
    ("beta_binomial_update", scipy_frozen_beta, "asks you not to use"),
    ("posterior_history", history_with_scipy, "asks you not to use"),
    ("posterior_history", history_integer_array, "array of floats"),
    ("posterior_history", history_as_list, "asks for a NumPy array"),
]
