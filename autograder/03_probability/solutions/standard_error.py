def standard_error(x):
    """Return the estimated standard error s / sqrt(n) of the mean of x, with s using ddof=1."""
    x = np.asarray(x, dtype=float)
    n = x.size
    if n < 2:
        raise ValueError("the standard error needs at least two observations")
    deviations = x - np.mean(x)
    s2 = np.sum(deviations ** 2) / (n - 1)          # the sample variance, ddof=1
    return float(np.sqrt(s2 / n))


def standard_error_diff(x, y):
    """Return the standard error sqrt(s_x^2 / n_x + s_y^2 / n_y) of mean(x) - mean(y) for independent samples."""
    return float(np.sqrt(standard_error(x) ** 2 + standard_error(y) ** 2))
