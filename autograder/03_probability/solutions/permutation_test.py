def permutation_test(x, y, n_perm, rng):
    """Return (observed, p_value, perm_diffs) of a two-sided permutation test for mean(x) - mean(y)."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    if x.size == 0 or y.size == 0:
        raise ValueError("both samples need at least one value")
    if n_perm < 1:
        raise ValueError("n_perm must be at least 1")
    observed = float(np.mean(x) - np.mean(y))
    pooled = np.concatenate([x, y])
    shuffled = rng.permuted(np.tile(pooled, (n_perm, 1)), axis=1)   # one permutation per row
    perm_diffs = shuffled[:, :x.size].mean(axis=1) - shuffled[:, x.size:].mean(axis=1)
    extreme = int(np.sum(np.abs(perm_diffs) >= abs(observed)))
    return observed, (1 + extreme) / (1 + n_perm), perm_diffs
