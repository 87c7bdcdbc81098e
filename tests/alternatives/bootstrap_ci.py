"""Valid alternatives to `bootstrap_ci` that must earn full marks."""
import numpy as np


def loop_with_choice(x, confidence, n_boot, rng):
    x = np.array(x, dtype=float)
    if len(x) < 2 or not 0 < confidence < 1 or n_boot < 1:
        raise ValueError("bad arguments")
    boot_means = np.empty(n_boot)
    for b in range(n_boot):
        boot_means[b] = rng.choice(x, size=len(x), replace=True).mean()
    low = np.quantile(boot_means, (1 - confidence) / 2)
    high = np.quantile(boot_means, (1 + confidence) / 2)
    return float(low), float(high), boot_means


def percentiles_of_choice_matrix(x, confidence, n_boot, rng):
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        raise ValueError("need two values")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    if n_boot < 1:
        raise ValueError("n_boot must be positive")
    boot_means = rng.choice(x, size=(n_boot, x.size)).mean(axis=1)
    tail = 50 * (1 - confidence)
    low, high = np.percentile(boot_means, [tail, 100 - tail])
    return float(low), float(high), boot_means


ALTERNATIVES = [("bootstrap_ci", loop_with_choice), ("bootstrap_ci", percentiles_of_choice_matrix)]
