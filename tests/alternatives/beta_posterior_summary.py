"""Valid alternatives to `beta_posterior_summary` that must earn full marks."""
import math

import numpy as np


def with_log_of_one_minus(alpha, beta, level=0.95):
    if not (math.isfinite(alpha) and math.isfinite(beta)) or alpha <= 0 or beta <= 0:
        raise ValueError("alpha and beta must be positive and finite")
    if not 0 < level < 1:
        raise ValueError("level must be in (0, 1)")
    mean = alpha / (alpha + beta)
    if alpha > 1 and beta > 1:
        mode = (alpha - 1) / (alpha + beta - 2)
    elif alpha == 1 and beta == 1:
        mode = math.nan
    elif alpha <= 1 <= beta:
        mode = 0.0
    elif beta <= 1 <= alpha:
        mode = 1.0
    else:
        mode = math.nan
    G = 10_000
    theta = np.linspace(0.5 / G, 1 - 0.5 / G, G)
    log_density = (alpha - 1) * np.log(theta) + (beta - 1) * np.log(1 - theta)
    mass = np.exp(log_density - log_density.max())
    mass /= mass.sum()
    cdf = np.append(0.0, np.cumsum(mass))
    edges = np.linspace(0.0, 1.0, G + 1)
    lower = np.interp((1 - level) / 2, cdf, edges)
    upper = np.interp((1 + level) / 2, cdf, edges)
    return float(mean), float(mode), float(lower), float(upper)


def searchsorted_by_hand(alpha, beta, level=0.95):
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0 and 0 < level < 1):
        raise ValueError("invalid arguments")
    mean = alpha / (alpha + beta)
    if alpha > 1 and beta > 1:
        mode = (alpha - 1) / (alpha + beta - 2)
    elif (alpha <= 1 <= beta or beta <= 1 <= alpha) and not (alpha == 1 and beta == 1):
        mode = 0.0 if alpha <= 1 else 1.0
    else:
        mode = float("nan")
    G = 10_000
    h = 1.0 / G
    theta = (np.arange(G) + 0.5) * h
    log_density = (alpha - 1) * np.log(theta) + (beta - 1) * np.log1p(-theta)
    mass = np.exp(log_density - np.max(log_density))
    cdf = np.concatenate([[0.0], np.cumsum(mass)]) / mass.sum()
    ends = []
    for q in ((1 - level) / 2, (1 + level) / 2):
        i = int(np.searchsorted(cdf, q)) - 1           # cdf[i] < q <= cdf[i + 1]
        i = min(max(i, 0), G - 1)
        ends.append((i + (q - cdf[i]) / (cdf[i + 1] - cdf[i])) * h)
    return float(mean), float(mode), float(ends[0]), float(ends[1])


ALTERNATIVES = [("beta_posterior_summary", with_log_of_one_minus),
                ("beta_posterior_summary", searchsorted_by_hand)]
