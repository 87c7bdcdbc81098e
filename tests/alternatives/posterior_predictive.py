"""Valid alternatives to `posterior_predictive` that must earn full marks."""
import math

import numpy as np


def with_lgamma(alpha, beta, m):
    if not (math.isfinite(alpha) and math.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("alpha and beta must be positive and finite")
    if not math.isfinite(m) or m < 0 or m != int(m):
        raise ValueError("m must be a whole number >= 0")
    m = int(m)
    log_b0 = math.lgamma(alpha) + math.lgamma(beta) - math.lgamma(alpha + beta)
    logs = [math.lgamma(m + 1) - math.lgamma(j + 1) - math.lgamma(m - j + 1)
            + math.lgamma(alpha + j) + math.lgamma(beta + m - j) - math.lgamma(alpha + beta + m) - log_b0
            for j in range(m + 1)]
    return np.exp(np.array(logs))


def by_recurrence_in_log_space(alpha, beta, m):
    """p_{j+1} / p_j = (m - j)(alpha + j) / ((j + 1)(beta + m - j - 1)), started from log p_0."""
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("bad alpha or beta")
    if not (np.isfinite(m) and m >= 0 and float(m).is_integer()):
        raise ValueError("bad m")
    m = int(m)
    i = np.arange(m)
    log_p0 = np.sum(np.log(beta + i)) - np.sum(np.log(alpha + beta + i))
    j = np.arange(m)
    steps = np.log(m - j) + np.log(alpha + j) - np.log(j + 1) - np.log(beta + m - j - 1)
    return np.exp(log_p0 + np.concatenate([[0.0], np.cumsum(steps)]))



def renormalised_by_sum(alpha, beta, m):
    """The lgamma formula, then divided by its sum (a no-op up to rounding, which some learners add)."""
    if not (math.isfinite(alpha) and math.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("alpha and beta must be positive and finite")
    if not (math.isfinite(m) and m >= 0 and float(m).is_integer()):
        raise ValueError("m must be a whole number >= 0")
    m = int(m)
    lg = np.vectorize(math.lgamma, otypes=[float])
    j = np.arange(m + 1, dtype=float)
    logs = (math.lgamma(m + 1) - lg(j + 1) - lg(m - j + 1) + lg(alpha + j) + lg(beta + m - j)
            - math.lgamma(alpha + beta + m) - math.lgamma(alpha) - math.lgamma(beta) + math.lgamma(alpha + beta))
    p = np.exp(logs - logs.max())
    return p / p.sum()


ALTERNATIVES = [("posterior_predictive", with_lgamma),
                ("posterior_predictive", by_recurrence_in_log_space),
                ("posterior_predictive", renormalised_by_sum)]
