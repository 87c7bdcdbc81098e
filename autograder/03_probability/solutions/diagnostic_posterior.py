def diagnostic_posterior(prevalence, sensitivity, specificity):
    """Return (P(disease | positive), P(disease | negative)) by Bayes' rule, vectorised over prevalence."""
    prior = np.array(prevalence, dtype=float)
    sens, spec = float(sensitivity), float(specificity)
    for label, value in (("prevalence", prior), ("sensitivity", sens), ("specificity", spec)):
        if not np.all((value >= 0) & (value <= 1)):     # NaN fails both comparisons
            raise ValueError(f"{label} must lie in [0, 1]")
    p_positive = sens * prior + (1 - spec) * (1 - prior)     # sum rule
    p_negative = (1 - sens) * prior + spec * (1 - prior)
    if np.any(p_positive == 0) or np.any(p_negative == 0):
        raise ValueError("cannot condition on a test result that has probability 0")
    given_positive = sens * prior / p_positive
    given_negative = (1 - sens) * prior / p_negative
    if given_positive.ndim == 0:
        return float(given_positive), float(given_negative)
    return given_positive, given_negative
