def type_one_error_rate(n, alpha, n_sims, rng):
    """Return (rate, p_values): how often your one-sample t test rejects a true H0 at level alpha, over n_sims simulations."""
    if n < 2:
        raise ValueError("the t test needs samples of at least 2 values")
    if n_sims < 1:
        raise ValueError("n_sims must be at least 1")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must lie strictly between 0 and 1, got {alpha!r}")
    data = rng.standard_normal((n_sims, n))         # H0 (mean 0) is true for every row
    p_values = np.array([one_sample_t_test(row, 0.0)[2] for row in data])
    return float(np.mean(p_values < alpha)), p_values
