"""Valid alternatives to `beta_binomial_update` and `posterior_history` that must earn full marks."""
import math

import numpy as np


def update_with_math(alpha, beta, k, n):
    for value in (alpha, beta, k, n):
        if not math.isfinite(value):
            raise ValueError("arguments must be finite")
    if alpha <= 0 or beta <= 0:
        raise ValueError("alpha and beta must be positive")
    if k % 1 != 0 or n % 1 != 0 or k < 0 or k > n:
        raise ValueError("need whole numbers 0 <= k <= n")
    return float(alpha) + float(k), float(beta) + float(n) - float(k)


def history_by_cumulative_counts(alpha, beta, flips):
    flips = np.asarray(flips)
    if flips.ndim != 1 or not np.isin(flips, [0, 1]).all():
        raise ValueError("flips must be a 1-D sequence of 0s and 1s")
    update_with_math(alpha, beta, 0, 0)
    heads = np.concatenate([[0.0], np.cumsum(flips, dtype=float)])
    tails = np.arange(len(flips) + 1, dtype=float) - heads
    return np.column_stack([alpha + heads, beta + tails])


ALTERNATIVES = [("beta_binomial_update", update_with_math),
                ("posterior_history", history_by_cumulative_counts)]
