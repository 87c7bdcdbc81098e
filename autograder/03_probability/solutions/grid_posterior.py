def grid_posterior(theta, prior, log_likelihood):
    """Return (posterior density on the grid, log evidence), both with the trapezoid rule, in log space."""
    theta = np.asarray(theta, dtype=float)
    prior = np.asarray(prior, dtype=float)
    log_likelihood = np.asarray(log_likelihood, dtype=float)
    if theta.ndim != 1 or len(theta) < 2:
        raise ValueError("theta must be a 1-D grid with at least 2 points")
    if prior.shape != theta.shape or log_likelihood.shape != theta.shape:
        raise ValueError("theta, prior and log_likelihood must have the same shape")
    if not np.all(np.diff(theta) > 0):
        raise ValueError("theta must be strictly increasing")
    if not np.all(np.isfinite(prior)) or np.any(prior < 0):
        raise ValueError("prior values must be finite and non-negative")
    if np.any(np.isnan(log_likelihood)) or np.any(log_likelihood == np.inf):
        raise ValueError("log-likelihood values must be finite or -inf")
    widths = np.diff(theta)

    def trapezoid(values):
        return float(np.sum(widths * (values[1:] + values[:-1])) / 2)

    prior_integral = trapezoid(prior)
    if prior_integral <= 0:
        raise ValueError("the prior integrates to 0")
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + log_likelihood
    shift = np.max(log_joint)
    if shift == -np.inf:
        raise ValueError("prior and likelihood are never both positive: the evidence is 0")
    weights = np.exp(log_joint - shift)
    integral = trapezoid(weights)
    return weights / integral, float(shift + np.log(integral) - np.log(prior_integral))
