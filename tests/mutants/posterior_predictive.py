"""Wrong implementations of `posterior_predictive`."""
import math

import numpy as np


def _validate(alpha, beta, m):
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("bad alpha or beta")
    if not (np.isfinite(m) and m == np.floor(m) and m >= 0):
        raise ValueError("bad m")
    return int(m)


def _log_choose(m):
    return np.array([math.lgamma(m + 1) - math.lgamma(j + 1) - math.lgamma(m - j + 1)
                     for j in range(m + 1)])


def _log_beta(a, b):
    return math.lgamma(a) + math.lgamma(b) - math.lgamma(a + b)


def plug_in_mean(alpha, beta, m):
    m = _validate(alpha, beta, m)
    theta = alpha / (alpha + beta)
    j = np.arange(m + 1)
    return np.exp(_log_choose(m) + j * np.log(theta) + (m - j) * np.log1p(-theta))


def plug_in_map(alpha, beta, m):
    m = _validate(alpha, beta, m)
    theta = (alpha - 1) / (alpha + beta - 2) if alpha > 1 and beta > 1 else alpha / (alpha + beta)
    j = np.arange(m + 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.nan_to_num(np.exp(_log_choose(m) + j * np.log(theta) + (m - j) * np.log1p(-theta)))


def no_binomial_coefficient(alpha, beta, m):
    m = _validate(alpha, beta, m)
    return np.array([math.exp(_log_beta(alpha + j, beta + m - j) - _log_beta(alpha, beta))
                     for j in range(m + 1)])


def with_math_gamma(alpha, beta, m):
    m = _validate(alpha, beta, m)

    def beta_function(a, b):
        return math.gamma(a) * math.gamma(b) / math.gamma(a + b)

    return np.array([math.comb(m, j) * beta_function(alpha + j, beta + m - j) / beta_function(alpha, beta)
                     for j in range(m + 1)])


def with_factorial_products(alpha, beta, m):
    m = _validate(alpha, beta, m)
    i = np.arange(m)

    def rising(start):
        return np.concatenate([[1.0], np.cumprod(start + i)])

    j = np.arange(m + 1)
    fact = rising(1.0)
    with np.errstate(all="ignore"):
        return fact[m] / (fact[j] * fact[m - j]) * rising(alpha)[j] * rising(beta)[m - j] / rising(alpha + beta)[m]


def off_by_one_rising(alpha, beta, m):
    m = _validate(alpha, beta, m)
    i = np.arange(1, m + 1)           # starts at 1 instead of 0

    def log_rising(start):
        return np.concatenate([[0.0], np.cumsum(np.log(start + i))])

    j = np.arange(m + 1)
    lf = np.concatenate([[0.0], np.cumsum(np.log(np.arange(1, m + 1)))])
    return np.exp(lf[m] - lf[j] - lf[m - j] + log_rising(alpha)[j] + log_rising(beta)[m - j]
                  - log_rising(alpha + beta)[m])


def no_validation(alpha, beta, m):
    m = int(m)
    j = np.arange(m + 1)
    return np.exp(_log_choose(m) + np.array([_log_beta(alpha + k, beta + m - k) for k in j])
                  - _log_beta(alpha, beta))


def scipy_betabinom(alpha, beta, m):
    from scipy import stats
    m = _validate(alpha, beta, m)
    return stats.betabinom.pmf(np.arange(m + 1), m, alpha, beta)


def log_of_exact_factorials(alpha, beta, m):
    m = _validate(alpha, beta, m)
    log_fact = [math.log(math.factorial(k)) for k in range(m + 1)]
    return np.array([math.exp(log_fact[m] - log_fact[j] - log_fact[m - j]
                              + _log_beta(alpha + j, beta + m - j) - _log_beta(alpha, beta))
                     for j in range(m + 1)])


def returns_list(alpha, beta, m):
    m = _validate(alpha, beta, m)
    return [math.exp(math.lgamma(m + 1) - math.lgamma(j + 1) - math.lgamma(m - j + 1)
                     + _log_beta(alpha + j, beta + m - j) - _log_beta(alpha, beta)) for j in range(m + 1)]



def alpha_beta_swapped(alpha, beta, m):
    """beta goes with j and alpha with m - j: the probabilities come out reversed."""
    if not (math.isfinite(alpha) and math.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("alpha and beta must be positive and finite")
    if not (math.isfinite(m) and m >= 0 and m == int(m)):
        raise ValueError("m must be a whole number >= 0")
    m = int(m)
    lg = np.vectorize(math.lgamma, otypes=[float])
    j = np.arange(m + 1, dtype=float)
    log_choose = math.lgamma(m + 1) - lg(j + 1) - lg(m - j + 1)
    log_ratio = (lg(beta + j) + lg(alpha + m - j) - math.lgamma(alpha + beta + m)
                 - math.lgamma(alpha) - math.lgamma(beta) + math.lgamma(alpha + beta))
    return np.exp(log_choose + log_ratio)


MUTANTS = [
    ("posterior_predictive", plug_in_mean, "you plugged a single estimate of θ into the binomial"),
    ("posterior_predictive", plug_in_map, "you plugged a single estimate of θ into the binomial"),
    ("posterior_predictive", no_binomial_coefficient, "leave out the binomial coefficient"),
    ("posterior_predictive", with_math_gamma, "asks you not to use"),
    ("posterior_predictive", with_factorial_products, "Add and subtract their logarithms"),
    ("posterior_predictive", off_by_one_rising, None),
    ("posterior_predictive", no_validation, "should raise ValueError"),
    ("posterior_predictive", scipy_betabinom, "asks you not to use"),
    ("posterior_predictive", log_of_exact_factorials, "asks you not to use"),
    ("posterior_predictive", returns_list, "asks for a NumPy array"),
    ("posterior_predictive", alpha_beta_swapped, "reverse order"),
]
