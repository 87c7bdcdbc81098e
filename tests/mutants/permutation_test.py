"""Wrong implementations of `permutation_test`."""
import numpy as np


def _validated(x, y, n_perm):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.size == 0 or y.size == 0 or n_perm < 1:
        raise ValueError("bad arguments")
    return x, y


def _shuffled_diffs(x, y, n_perm, rng):
    pooled = np.concatenate([x, y])
    shuffled = rng.permuted(np.tile(pooled, (n_perm, 1)), axis=1)
    return shuffled[:, :x.size].mean(axis=1) - shuffled[:, x.size:].mean(axis=1)


def no_plus_one(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    observed = x.mean() - y.mean()
    diffs = _shuffled_diffs(x, y, n_perm, rng)
    return float(observed), float(np.mean(np.abs(diffs) >= abs(observed))), diffs


def one_sided(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    observed = x.mean() - y.mean()
    diffs = _shuffled_diffs(x, y, n_perm, rng)
    return float(observed), (1 + int(np.sum(diffs >= observed))) / (1 + n_perm), diffs


def with_replacement(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    pooled = np.concatenate([x, y])
    observed = x.mean() - y.mean()
    draws = pooled[rng.integers(0, pooled.size, size=(n_perm, pooled.size))]
    diffs = draws[:, :x.size].mean(axis=1) - draws[:, x.size:].mean(axis=1)
    return float(observed), (1 + int(np.sum(np.abs(diffs) >= abs(observed)))) / (1 + n_perm), diffs


def one_permutation_reused(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    pooled = rng.permutation(np.concatenate([x, y]))
    observed = x.mean() - y.mean()
    diffs = np.full(n_perm, pooled[:x.size].mean() - pooled[x.size:].mean())
    return float(observed), (1 + int(np.sum(np.abs(diffs) >= abs(observed)))) / (1 + n_perm), diffs


def reversed_difference(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    observed = y.mean() - x.mean()
    diffs = _shuffled_diffs(x, y, n_perm, rng)
    return float(observed), (1 + int(np.sum(np.abs(diffs) >= abs(observed)))) / (1 + n_perm), diffs


def strict_inequality_counted_twice(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    observed = x.mean() - y.mean()
    diffs = _shuffled_diffs(x, y, n_perm, rng)
    count = int(np.sum(np.abs(diffs) >= abs(observed)))
    return float(observed), min(1.0, 2 * (1 + count) / (1 + n_perm)), diffs


def _p(diffs, observed, n_perm):
    return (1 + int(np.sum(np.abs(diffs) >= abs(observed)))) / (1 + n_perm)


def scipy_permutation(x, y, n_perm, rng):
    from scipy import stats
    x, y = _validated(x, y, n_perm)
    res = stats.permutation_test((x, y), lambda a, b: np.mean(a) - np.mean(b), n_resamples=n_perm,
                                 permutation_type="independent", rng=rng)
    return float(res.statistic), float(res.pvalue), res.null_distribution


def strict_inequality(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    observed = x.mean() - y.mean()
    diffs = _shuffled_diffs(x, y, n_perm, rng)
    return float(observed), (1 + int(np.sum(np.abs(diffs) > abs(observed)))) / (1 + n_perm), diffs


def global_shuffles(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    pooled = np.concatenate([x, y])
    diffs = np.empty(n_perm)
    for b in range(n_perm):
        perm = np.random.permutation(pooled)
        diffs[b] = perm[:x.size].mean() - perm[x.size:].mean()
    observed = x.mean() - y.mean()
    return float(observed), _p(diffs, observed, n_perm), diffs


def diffs_as_list(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    pooled = np.concatenate([x, y])
    diffs = []
    for _ in range(n_perm):
        perm = rng.permutation(pooled)
        diffs.append(float(perm[:x.size].mean() - perm[x.size:].mean()))
    observed = x.mean() - y.mean()
    return float(observed), _p(np.array(diffs), observed, n_perm), diffs


def shuffles_in_place(x, y, n_perm, rng):
    x, y = _validated(x, y, n_perm)
    pooled = np.concatenate([x, y])
    observed = x.mean() - y.mean()
    diffs = np.empty(n_perm)
    for b in range(n_perm):
        rng.shuffle(pooled)                      # fine: pooled is a new array
        diffs[b] = pooled[:x.size].mean() - pooled[x.size:].mean()
    return np.array(observed), np.array(_p(diffs, observed, n_perm)), diffs


MUTANTS = [
    ("permutation_test", no_plus_one, "(1 + count) / (1 + n_perm)"),
    ("permutation_test", one_sided, "two-sided"),
    ("permutation_test", with_replacement, "WITHOUT replacement"),
    ("permutation_test", one_permutation_reused, "fresh random permutation"),
    ("permutation_test", reversed_difference, "mean(x) − mean(y), in that order"),
    ("permutation_test", strict_inequality_counted_twice, "does not match your own perm_diffs"),
    ("permutation_test", scipy_permutation, "asks you not to use"),
    ("permutation_test", strict_inequality, "with >=, not >"),
    ("permutation_test", global_shuffles, "never from np.random"),
    ("permutation_test", diffs_as_list, "asks for a NumPy array"),
    ("permutation_test", shuffles_in_place, "as floats"),
]
