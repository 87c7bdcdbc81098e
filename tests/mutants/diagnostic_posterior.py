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


def odds_with_scipy(prevalence, sensitivity, specificity):
    from scipy.special import expit, logit
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    with np.errstate(divide="ignore"):
        given_pos = expit(logit(p) + np.log(sens / (1 - spec)))
        given_neg = expit(logit(p) + np.log((1 - sens) / spec))
    return _out(given_pos, given_neg)


def complement_for_negative(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(sens * p / pos, 1 - spec * (1 - p) / neg)


def zero_d_arrays(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    # np.where keeps 0-d arrays as 0-d arrays, not floats
    return np.where(pos > 0, sens * p / pos, 0.0), np.where(neg > 0, (1 - sens) * p / neg, 0.0)


def lists_for_lists(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    a, b = sens * p / pos, (1 - sens) * p / neg
    if isinstance(prevalence, list):
        return a.tolist(), b.tolist()
    return _out(a, b)


def nan_slips_through(prevalence, sensitivity, specificity):
    p = np.array(prevalence, dtype=float)
    if not np.all((p >= 0) & (p <= 1)) or sensitivity < 0 or sensitivity > 1 \
            or specificity < 0 or specificity > 1:
        raise ValueError("probability outside [0, 1]")
    pos = sensitivity * p + (1 - specificity) * (1 - p)
    neg = (1 - sensitivity) * p + specificity * (1 - p)
    if np.any(pos == 0) or np.any(neg == 0):
        raise ValueError("impossible result")
    return _out(sensitivity * p / pos, (1 - sensitivity) * p / neg)


def one_minus_positive(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(sens * p / pos, 1 - sens * p / pos)


def specificity_as_false_positive_rate(prevalence, sensitivity, specificity):
    p, sens, spec, pos, neg = _validated(prevalence, sensitivity, specificity)
    return _out(sens * p / (sens * p + spec * (1 - p)),
                (1 - sens) * p / ((1 - sens) * p + (1 - spec) * (1 - p)))


MUTANTS = [
    ("diagnostic_posterior", returns_sensitivity, "not p(D | +)"),
    ("diagnostic_posterior", unnormalised, "without dividing by the evidence"),
    ("diagnostic_posterior", base_rate_neglect, "does not depend on the prevalence"),
    ("diagnostic_posterior", miss_rate_for_negative, "p(− | D) = 1 − sensitivity"),
    ("diagnostic_posterior", healthy_given_negative, "p(no disease | −)"),
    ("diagnostic_posterior", scalar_only, "np.array([0.001, 0.01, 0.1, 0.5])"),
    ("diagnostic_posterior", no_zero_evidence_check, "where ValueError was expected"),
    ("diagnostic_posterior", reuses_input_array, "in place"),
    ("diagnostic_posterior", odds_with_scipy, "asks you not to use"),
    ("diagnostic_posterior", complement_for_negative, "loses its digits"),
    ("diagnostic_posterior", zero_d_arrays, "not 0-d arrays"),
    ("diagnostic_posterior", lists_for_lists, "asks for a NumPy array"),
    ("diagnostic_posterior", nan_slips_through, "NaN sensitivity"),
    ("diagnostic_posterior", one_minus_positive, "p(not D | +)"),
    ("diagnostic_posterior", specificity_as_false_positive_rate, "specificity as the false-positive rate"),
]
