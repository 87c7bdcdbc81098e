def monte_carlo_expectation(f, sampler, n, rng):
    """Return (estimate, standard_error) of E[f(X)] from n draws sampler(n, rng)."""
    if int(n) != n or n < 2:
        raise ValueError(f"n must be an integer >= 2, got {n!r}")
    values = np.asarray(f(sampler(int(n), rng)), dtype=float)
    estimate = values.mean()
    standard_error = values.std(ddof=1) / np.sqrt(len(values))
    return float(estimate), float(standard_error)
