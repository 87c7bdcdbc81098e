"""Valid alternatives to `permutation_test` that must earn full marks."""
import numpy as np


def loop_with_permutation(x, y, n_perm, rng):
    x, y = np.array(x, dtype=float), np.array(y, dtype=float)
    if len(x) == 0 or len(y) == 0 or n_perm < 1:
        raise ValueError("bad arguments")
    observed = x.mean() - y.mean()
    pooled = np.concatenate([x, y])
    perm_diffs = np.empty(n_perm)
    for b in range(n_perm):
        shuffled = rng.permutation(pooled)
        perm_diffs[b] = shuffled[:len(x)].mean() - shuffled[len(x):].mean()
    count = np.count_nonzero(np.abs(perm_diffs) >= np.abs(observed))
    return float(observed), float((count + 1) / (n_perm + 1)), perm_diffs


def random_keys_and_sums(x, y, n_perm, rng):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.size == 0 or y.size == 0:
        raise ValueError("empty sample")
    if n_perm < 1:
        raise ValueError("n_perm must be at least 1")
    pooled = np.concatenate([x, y])
    order = np.argsort(rng.random((n_perm, pooled.size)), axis=1)     # uniform random permutations
    first = pooled[order[:, :x.size]].sum(axis=1)
    perm_diffs = first / x.size - (pooled.sum() - first) / y.size
    observed = x.sum() / x.size - y.sum() / y.size
    p = (1 + np.sum(np.abs(perm_diffs) >= abs(observed))) / (1 + n_perm)
    return float(observed), float(p), perm_diffs


ALTERNATIVES = [("permutation_test", loop_with_permutation), ("permutation_test", random_keys_and_sums)]
