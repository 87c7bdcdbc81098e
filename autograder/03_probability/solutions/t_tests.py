def one_sample_t_test(x, mu0):
    """Return (t, df, p): the one-sample t statistic for H0: mean = mu0, df = n - 1, and the two-sided p-value."""
    x = np.asarray(x, dtype=float)
    se = standard_error(x)                     # ValueError for fewer than 2 values
    if se == 0:
        raise ValueError("all values are equal: the standard error is 0")
    t = (np.mean(x) - mu0) / se
    df = x.size - 1
    return float(t), df, float(2 * t_cdf(-abs(t), df))


def welch_t_test(x, y):
    """Return (t, df, p): Welch's t statistic for H0: mean(x) = mean(y), its Welch-Satterthwaite df and the two-sided p-value."""
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    vx, vy = standard_error(x) ** 2, standard_error(y) ** 2      # s^2 / n for each sample
    if vx + vy == 0:
        raise ValueError("all values are equal: the standard error is 0")
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))
