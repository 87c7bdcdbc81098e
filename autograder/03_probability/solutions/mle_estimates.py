def mle_bernoulli(x):
    """Return the maximum-likelihood estimate of p from a sequence of 0/1 observations."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("need at least one observation")
    if not np.all((x == 0) | (x == 1)):
        raise ValueError("Bernoulli observations must all be 0 or 1")
    return float(np.mean(x))


def mle_poisson(x):
    """Return the maximum-likelihood estimate of the Poisson rate from non-negative integer counts."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("need at least one observation")
    if not np.all((x >= 0) & (x == np.round(x))):
        raise ValueError("Poisson observations must be non-negative integers")
    return float(np.mean(x))


def mle_normal(x):
    """Return the maximum-likelihood estimates (mu_hat, sigma2_hat) of a normal; sigma2_hat divides by n."""
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("need at least one observation")
    mu = np.mean(x)
    return float(mu), float(np.mean((x - mu) ** 2))
