"""Valid alternatives to `diagnostic_posterior` that must earn full marks."""
import numpy as np


def with_joint_probabilities(prevalence, sensitivity, specificity):
    p = np.array(prevalence, dtype=float)
    values = [p, np.float64(sensitivity), np.float64(specificity)]
    if any(np.any(np.isnan(v)) or np.any(v < 0) or np.any(v > 1) for v in values):
        raise ValueError("probabilities must lie in [0, 1]")
    sick_pos, sick_neg = sensitivity * p, (1 - sensitivity) * p
    healthy_pos, healthy_neg = (1 - specificity) * (1 - p), specificity * (1 - p)
    if np.any(sick_pos + healthy_pos == 0) or np.any(sick_neg + healthy_neg == 0):
        raise ValueError("a test result with probability 0")
    a = sick_pos / (sick_pos + healthy_pos)
    b = sick_neg / (sick_neg + healthy_neg)
    if np.ndim(prevalence) == 0:
        return float(a), float(b)
    return np.asarray(a, dtype=float), np.asarray(b, dtype=float)


def scalar_branch_in_python(prevalence, sensitivity, specificity):
    if not (0 <= sensitivity <= 1 and 0 <= specificity <= 1):
        raise ValueError("sensitivity and specificity must lie in [0, 1]")
    if np.ndim(prevalence) == 0:
        p = float(prevalence)
        if not 0 <= p <= 1:
            raise ValueError("prevalence must lie in [0, 1]")
        pos = sensitivity * p + (1 - specificity) * (1 - p)
        neg = (1 - sensitivity) * p + specificity * (1 - p)
        if pos == 0 or neg == 0:
            raise ValueError("a test result with probability 0")
        return sensitivity * p / pos, (1 - sensitivity) * p / neg
    p = np.array(prevalence, dtype=float)
    if not np.all((p >= 0) & (p <= 1)):
        raise ValueError("prevalence must lie in [0, 1]")
    pos = sensitivity * p + (1 - specificity) * (1 - p)
    neg = (1 - sensitivity) * p + specificity * (1 - p)
    if (pos == 0).any() or (neg == 0).any():
        raise ValueError("a test result with probability 0")
    return sensitivity * p / pos, (1 - sensitivity) * p / neg


ALTERNATIVES = [("diagnostic_posterior", with_joint_probabilities),
                ("diagnostic_posterior", scalar_branch_in_python)]
