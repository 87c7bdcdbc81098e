"""Wrong implementations of `beta_posterior_summary`."""
import math

import numpy as np

G = 10_000
THETA = (np.arange(G) + 0.5) / G
EDGES = np.arange(G + 1) / G


def _validate(alpha, beta, level):
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError("bad alpha or beta")
    if not 0 < level < 1:
        raise ValueError("bad level")


def _mode(alpha, beta):
    if alpha > 1 and beta > 1:
        return (alpha - 1) / (alpha + beta - 2)
    if alpha <= 1 <= beta and not alpha == beta == 1:
        return 0.0
    if beta <= 1 <= alpha and not alpha == beta == 1:
        return 1.0
    return float("nan")


def _interval(alpha, beta, level):
    log_density = (alpha - 1) * np.log(THETA) + (beta - 1) * np.log1p(-THETA)
    mass = np.exp(log_density - log_density.max())
    cdf = np.concatenate([[0.0], np.cumsum(mass) / mass.sum()])
    lower, upper = np.interp([(1 - level) / 2, (1 + level) / 2], cdf, EDGES)
    return float(lower), float(upper)


def map_is_mean(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    mean = alpha / (alpha + beta)
    return float(mean), float(mean), *_interval(alpha, beta, level)


def mean_is_map(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    mode = _mode(alpha, beta)
    return float(mode), float(mode), *_interval(alpha, beta, level)


def formula_everywhere(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    mode = (float(alpha) - 1) / (float(alpha) + float(beta) - 2)
    return float(alpha / (alpha + beta)), mode, *_interval(alpha, beta, level)


def half_when_undefined(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    mode = _mode(alpha, beta)
    return float(alpha / (alpha + beta)), 0.5 if math.isnan(mode) else float(mode), *_interval(alpha, beta, level)


def normal_approximation(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    mean = alpha / (alpha + beta)
    sd = math.sqrt(alpha * beta / ((alpha + beta) ** 2 * (alpha + beta + 1)))
    z = {0.95: 1.959963984540054}.get(level)
    if z is None:   # bisection for other levels
        lo, hi = 0.0, 10.0
        for _ in range(80):
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if 0.5 * (1 + math.erf(mid / math.sqrt(2))) < (1 + level) / 2 else (lo, mid)
        z = (lo + hi) / 2
    return float(mean), float(_mode(alpha, beta)), mean - z * sd, mean + z * sd


def tails_of_level_over_two(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    lower, upper = _interval(alpha, beta, 1 - level)
    return float(alpha / (alpha + beta)), float(_mode(alpha, beta)), lower, upper


def no_max_shift(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    with np.errstate(all="ignore"):
        mass = np.exp((alpha - 1) * np.log(THETA) + (beta - 1) * np.log1p(-THETA))
        cdf = np.concatenate([[0.0], np.cumsum(mass) / mass.sum()])
    lower, upper = np.interp([(1 - level) / 2, (1 + level) / 2], cdf, EDGES)
    return float(alpha / (alpha + beta)), float(_mode(alpha, beta)), float(lower), float(upper)


def beta_function_with_gamma(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    norm = math.gamma(alpha) * math.gamma(beta) / math.gamma(alpha + beta)
    density = THETA ** (alpha - 1) * (1 - THETA) ** (beta - 1) / norm
    cdf = np.concatenate([[0.0], np.cumsum(density) / G])
    lower, upper = np.interp([(1 - level) / 2, (1 + level) / 2], cdf, EDGES)
    return float(alpha / (alpha + beta)), float(_mode(alpha, beta)), float(lower), float(upper)


def grid_with_endpoints(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    theta = np.linspace(0.0, 1.0, G + 1)
    with np.errstate(all="ignore"):
        log_density = (alpha - 1) * np.log(theta) + (beta - 1) * np.log1p(-theta)
        mass = np.exp(log_density - log_density.max())
        cdf = np.cumsum(mass) / mass.sum()
    lower, upper = np.interp([(1 - level) / 2, (1 + level) / 2], cdf, theta)
    return float(alpha / (alpha + beta)), float(_mode(alpha, beta)), float(lower), float(upper)


def cdf_not_normalised(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    log_density = (alpha - 1) * np.log(THETA) + (beta - 1) * np.log1p(-THETA)
    mass = np.exp(log_density - log_density.max())
    cdf = np.concatenate([[0.0], np.cumsum(mass) / G])
    lower, upper = np.interp([(1 - level) / 2, (1 + level) / 2], cdf, EDGES)
    return float(alpha / (alpha + beta)), float(_mode(alpha, beta)), float(lower), float(upper)


def scipy_quantiles(alpha, beta, level=0.95):
    from scipy import stats
    _validate(alpha, beta, level)
    lower, upper = stats.beta.ppf([(1 - level) / 2, (1 + level) / 2], alpha, beta)
    return float(alpha / (alpha + beta)), float(_mode(alpha, beta)), float(lower), float(upper)


def map_from_grid(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    mode = _mode(alpha, beta)
    if alpha > 1 and beta > 1:
        log_density = (alpha - 1) * np.log(THETA) + (beta - 1) * np.log1p(-THETA)
        mode = THETA[np.argmax(log_density)]
    return float(alpha / (alpha + beta)), float(mode), *_interval(alpha, beta, level)


def boundary_modes_undefined(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    mode = (alpha - 1) / (alpha + beta - 2) if alpha > 1 and beta > 1 else float("nan")
    return float(alpha / (alpha + beta)), mode, *_interval(alpha, beta, level)


def returns_arrays(alpha, beta, level=0.95):
    _validate(alpha, beta, level)
    log_density = (alpha - 1) * np.log(THETA) + (beta - 1) * np.log1p(-THETA)
    mass = np.exp(log_density - log_density.max())
    cdf = np.concatenate([[0.0], np.cumsum(mass) / mass.sum()])
    lower, upper = np.interp([[(1 - level) / 2], [(1 + level) / 2]], cdf, EDGES)
    return alpha / (alpha + beta), _mode(alpha, beta), lower, upper



def one_sided_quantiles(alpha, beta, level=0.95):
    """Interval ends at the quantiles 1 - level and level: 1 - level cut off each tail."""
    if not (math.isfinite(alpha) and math.isfinite(beta) and alpha > 0 and beta > 0 and 0 < level < 1):
        raise ValueError("bad arguments")
    G = 10_000
    theta = (np.arange(G) + 0.5) / G
    log_density = (alpha - 1) * np.log(theta) + (beta - 1) * np.log1p(-theta)
    mass = np.exp(log_density - log_density.max())
    cdf = np.concatenate([[0.0], np.cumsum(mass / mass.sum())])
    edges = np.linspace(0.0, 1.0, G + 1)
    if alpha > 1 and beta > 1:
        mode = (alpha - 1) / (alpha + beta - 2)
    elif alpha == beta == 1 or (alpha < 1 and beta < 1):
        mode = float("nan")
    else:
        mode = 0.0 if alpha <= 1 else 1.0
    return (alpha / (alpha + beta), mode, float(np.interp(1 - level, cdf, edges)),
            float(np.interp(level, cdf, edges)))


MUTANTS = [
    ("beta_posterior_summary", map_is_mean, "your MAP estimate equals the posterior mean"),
    ("beta_posterior_summary", mean_is_map, "your posterior mean equals the mode"),
    ("beta_posterior_summary", formula_everywhere, "is the mode only when alpha > 1 and beta > 1"),
    ("beta_posterior_summary", half_when_undefined, "there is no single mode"),
    ("beta_posterior_summary", normal_approximation, "a normal approximation"),
    ("beta_posterior_summary", tails_of_level_over_two, "cuts level/2 off each end"),
    ("beta_posterior_summary", no_max_shift, "subtract its maximum before np.exp"),
    ("beta_posterior_summary", beta_function_with_gamma, "subtract its maximum before np.exp"),
    ("beta_posterior_summary", grid_with_endpoints, "cell midpoints"),
    ("beta_posterior_summary", cdf_not_normalised, None),
    ("beta_posterior_summary", scipy_quantiles, "asks you not to use"),
    ("beta_posterior_summary", map_from_grid, "read off the grid"),
    ("beta_posterior_summary", boundary_modes_undefined, "the rule in the table"),
    ("beta_posterior_summary", returns_arrays, None),
    ("beta_posterior_summary", one_sided_quantiles, "1 − level in EACH tail"),
]
