def sample_mean(x):
    """Return the arithmetic mean of the 1-D sequence x as a float."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("the mean of an empty sample is undefined")
    return float(np.sum(x) / x.size)


def sample_variance(x, ddof=1):
    """Return sum((x - mean)**2) / (n - ddof) for the 1-D sequence x (unbiased for ddof=1)."""
    x = np.asarray(x, dtype=float)
    n = x.size
    if n - ddof <= 0:
        raise ValueError(f"need more than ddof = {ddof} values, got {n}")
    deviations = x - sample_mean(x)
    return float(np.sum(deviations ** 2) / (n - ddof))
