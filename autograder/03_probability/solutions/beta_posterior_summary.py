def beta_posterior_summary(alpha, beta, level=0.95):
    """Return (mean, MAP, lower, upper) of Beta(alpha, beta); the equal-tailed interval comes from a grid."""
    if not (np.isfinite(alpha) and np.isfinite(beta) and alpha > 0 and beta > 0):
        raise ValueError(f"alpha and beta must be positive and finite, got {alpha}, {beta}")
    if not 0 < level < 1:
        raise ValueError(f"level must lie strictly between 0 and 1, got {level}")
    mean = alpha / (alpha + beta)
    if alpha > 1 and beta > 1:
        mode = (alpha - 1) / (alpha + beta - 2)
    elif alpha <= 1 <= beta and not alpha == beta == 1:
        mode = 0.0
    elif beta <= 1 <= alpha and not alpha == beta == 1:
        mode = 1.0
    else:
        mode = np.nan
    G = 10_000
    theta = (np.arange(G) + 0.5) / G
    log_density = (alpha - 1) * np.log(theta) + (beta - 1) * np.log1p(-theta)
    mass = np.exp(log_density - np.max(log_density))
    cdf = np.concatenate([[0.0], np.cumsum(mass) / np.sum(mass)])
    edges = np.arange(G + 1) / G
    lower, upper = np.interp([(1 - level) / 2, (1 + level) / 2], cdf, edges)
    return float(mean), float(mode), float(lower), float(upper)
