"""Wrong implementations of `diagnostic_posterior`."""
import numpy as np


def _validated(prevalence, sensitivity, specificity):
    p = np.array(prevalence, dtype=float)
    sens, spec = float(sensitivity), float(specificity)
    for value in (p, sens, spec):
        if not np.all((value >= 0) & (value <= 1)):
            raise ValueError("probability outside [0, 1]")
    pos = sens * p + (1 - spec) * (1 - p)
    neg = (1 - sens) * p + spec * (1 - p)
    if np.any(pos == 0) or np.any(neg == 0):
        raise ValueError("impossible result")
    return p, sens, spec, pos, neg


def _out(a, b):
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    return (float(a), float(b)) if a.ndim == 0 else (a, b)


def returns_sensitivity(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(np.full(p.shape, sens), (1 - sens) * p / neg)


def unnormalised(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(sens * p, (1 - sens) * p)


def base_rate_neglect(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(np.full(p.shape, sens / (sens + 1 - spec)), (1 - sens) * p / neg)


def miss_rate_for_negative(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(sens * p / pos, np.full(p.shape, 1 - sens))


def healthy_given_negative(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(sens * p / pos, spec * (1 - p) / neg)


def scalar_only(prevalence, sensitivity, specificity):
    p = float(prevalence)          # TypeError for an array of prevalences
    if not (0 <= p <= 1 and 0 <= sensitivity <= 1 and 0 <= specificity <= 1):
        raise ValueError("probability outside [0, 1]")
    pos = sensitivity * p + (1 - specificity) * (1 - p)
    neg = 1 - pos
    if pos == 0 or neg == 0:
        raise ValueError("impossible result")
    return sensitivity * p / pos, (1 - sensitivity) * p / neg


def no_zero_evidence_check(prevalence, sensitivity, specificity):
    p = np.array(prevalence, dtype=float)
    for value in (p, sensitivity, specificity):
        if not np.all((value >= 0) & (value <= 1)):
            raise ValueError("probability outside [0, 1]")
    with np.errstate(all="ignore"):
        pos = sensitivity * p / (sensitivity * p + (1 - specificity) * (1 - p))
        neg = (1 - sensitivity) * p / ((1 - sensitivity) * p + specificity * (1 - p))
    return _out(pos, neg)


def reuses_input_array(prevalence, sensitivity, specificity):
    _validated(prevalence, sensitivity, specificity)
    p = np.asarray(prevalence, dtype=float)       # no copy for a float array
    pos = sensitivity * p + (1 - specificity) * (1 - p)
    neg = (1 - sensitivity) * p + specificity * (1 - p)
    given_negative = (1 - sensitivity) * p / neg
    p *= sensitivity                              # "saves memory" by reusing the caller's array
    p /= pos
    return _out(p, given_negative)


MUTANTS = [
    ("diagnostic_posterior", returns_sensitivity, "not p(D | +)"),
    ("diagnostic_posterior", unnormalised, "without dividing by the evidence"),
    ("diagnostic_posterior", base_rate_neglect, "does not depend on the prevalence"),
    ("diagnostic_posterior", miss_rate_for_negative, "p(− | D) = 1 − sensitivity"),
    ("diagnostic_posterior", healthy_given_negative, "p(no disease | −)"),
    ("diagnostic_posterior", scalar_only, None),
    ("diagnostic_posterior", no_zero_evidence_check, "where ValueError was expected"),
    ("diagnostic_posterior", reuses_input_array, "in place"),
]
