def bootstrap_ci(x, confidence, n_boot, rng):
    """Return (low, high, boot_means): the percentile bootstrap interval for the mean and the n_boot replicates."""
    x = np.asarray(x, dtype=float)
    n = x.size
    if n < 2:
        raise ValueError("the bootstrap needs at least two observations")
    if not 0 < confidence < 1:
        raise ValueError(f"confidence must lie strictly between 0 and 1, got {confidence!r}")
    if n_boot < 1:
        raise ValueError("n_boot must be at least 1")
    indices = rng.integers(0, n, size=(n_boot, n))     # each row: one resample, with replacement
    boot_means = x[indices].mean(axis=1)
    low, high = np.quantile(boot_means, [(1 - confidence) / 2, (1 + confidence) / 2])
    return float(low), float(high), boot_means
