def normal_pdf(x, mu, sigma2):
    """Return the density of N(mu, sigma2) at x (sigma2 is the VARIANCE), element-wise."""
    if not sigma2 > 0:
        raise ValueError(f"the variance sigma2 must be positive, got {sigma2}")
    x = np.asarray(x, dtype=float)
    return np.exp(-((x - mu) ** 2) / (2.0 * sigma2)) / np.sqrt(2.0 * np.pi * sigma2)


def normal_cdf(x, mu, sigma2):
    """Return P(X <= x) for X ~ N(mu, sigma2) (sigma2 is the VARIANCE), element-wise."""
    if not sigma2 > 0:
        raise ValueError(f"the variance sigma2 must be positive, got {sigma2}")
    x = np.asarray(x, dtype=float)
    erf = np.vectorize(math.erf, otypes=[float])
    return 0.5 * (1.0 + erf((x - mu) / np.sqrt(2.0 * sigma2)))
