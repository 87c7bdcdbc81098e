"""Wrong implementations of `grid_posterior`."""
import numpy as np


def _validated(theta, prior, log_likelihood):
    theta = np.asarray(theta, dtype=float)
    prior = np.asarray(prior, dtype=float)
    log_likelihood = np.asarray(log_likelihood, dtype=float)
    if theta.ndim != 1 or len(theta) < 2 or prior.shape != theta.shape \
            or log_likelihood.shape != theta.shape:
        raise ValueError("shapes")
    if not np.all(np.diff(theta) > 0):
        raise ValueError("theta must be strictly increasing")
    if not np.all(np.isfinite(prior)) or np.any(prior < 0):
        raise ValueError("prior")
    if np.any(np.isnan(log_likelihood)) or np.any(log_likelihood == np.inf):
        raise ValueError("log-likelihood")
    return theta, prior, log_likelihood


def _trapezoid(values, theta):
    return float(np.sum(np.diff(theta) * (values[1:] + values[:-1])) / 2)


def _log_joint(prior, log_likelihood):
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + log_likelihood
    shift = np.max(log_joint)
    if shift == -np.inf or _trapezoid_any(prior):
        raise ValueError("evidence 0")
    return log_joint, shift


def _trapezoid_any(prior):
    return not np.any(prior > 0)


def _correct_parts(theta, prior, log_likelihood):
    theta, prior, log_likelihood = _validated(theta, prior, log_likelihood)
    log_joint, shift = _log_joint(prior, log_likelihood)
    weights = np.exp(log_joint - shift)
    integral = _trapezoid(weights, theta)
    prior_integral = _trapezoid(prior, theta)
    return theta, prior, log_likelihood, weights, shift, integral, prior_integral


def unnormalised(theta, prior, log_likelihood):
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    return prior * np.exp(ll), float(shift + np.log(integral) - np.log(prior_integral))


def sums_to_one(theta, prior, log_likelihood):
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    return weights / weights.sum(), float(shift + np.log(integral) - np.log(prior_integral))


def ignores_prior(theta, prior, log_likelihood):
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    like = np.exp(ll - ll.max())
    return like / _trapezoid(like, theta), float(shift + np.log(integral) - np.log(prior_integral))


def no_shift(theta, prior, log_likelihood):
    theta, prior, ll = _validated(theta, prior, log_likelihood)
    prior = prior / _trapezoid(prior, theta)
    with np.errstate(all="ignore"):
        joint = prior * np.exp(ll)
        evidence = _trapezoid(joint, theta)
        return joint / evidence, float(np.log(evidence))


def shift_by_likelihood_only(theta, prior, log_likelihood):
    theta, prior, ll = _validated(theta, prior, log_likelihood)
    if not np.any(prior > 0) or np.max(ll) == -np.inf:
        raise ValueError("evidence 0")
    shift = np.max(ll)
    with np.errstate(all="ignore"):
        weights = prior * np.exp(ll - shift)
        integral = _trapezoid(weights, theta)
        return weights / integral, float(shift + np.log(integral) - np.log(_trapezoid(prior, theta)))


def evidence_without_shift(theta, prior, log_likelihood):
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    return weights / integral, float(np.log(integral) - np.log(prior_integral))


def evidence_with_raw_prior(theta, prior, log_likelihood):
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    return weights / integral, float(shift + np.log(integral))


def evidence_by_sum(theta, prior, log_likelihood):
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    return weights / integral, float(shift + np.log(weights.sum()) - np.log(prior.sum()))


def assumes_even_spacing(theta, prior, log_likelihood):
    theta, prior, ll = _validated(theta, prior, log_likelihood)
    h = theta[1] - theta[0]
    log_joint, shift = _log_joint(prior, ll)
    weights = np.exp(log_joint - shift)

    def trap(v):
        return h * (v.sum() - (v[0] + v[-1]) / 2)

    return weights / trap(weights), float(shift + np.log(trap(weights)) - np.log(trap(prior)))


def normalises_prior_in_place(theta, prior, log_likelihood):
    _validated(theta, prior, log_likelihood)
    theta = np.asarray(theta, dtype=float)
    p = np.asarray(prior, dtype=float)       # no copy for a float array
    p /= _trapezoid(p, theta)
    ll = np.asarray(log_likelihood, dtype=float)
    log_joint, shift = _log_joint(p, ll)
    weights = np.exp(log_joint - shift)
    integral = _trapezoid(weights, theta)
    return weights / integral, float(shift + np.log(integral))


def no_validation(theta, prior, log_likelihood):
    theta = np.asarray(theta, dtype=float)
    prior = np.asarray(prior, dtype=float)
    with np.errstate(all="ignore"):
        log_joint = np.log(prior) + np.asarray(log_likelihood, dtype=float)
        shift = np.max(log_joint)
        weights = np.exp(log_joint - shift)
        integral = _trapezoid(weights, theta)
        return weights / integral, float(shift + np.log(integral) - np.log(_trapezoid(prior, theta)))


def numpy_trapezoid(theta, prior, log_likelihood):
    theta, prior, ll = _validated(theta, prior, log_likelihood)
    log_joint, shift = _log_joint(prior, ll)
    weights = np.exp(log_joint - shift)
    integral = np.trapezoid(weights, theta)
    return weights / integral, float(shift + np.log(integral) - np.log(np.trapezoid(prior, theta)))


def scipy_trapezoid(theta, prior, log_likelihood):
    from scipy import integrate
    theta, prior, ll = _validated(theta, prior, log_likelihood)
    log_joint, shift = _log_joint(prior, ll)
    weights = np.exp(log_joint - shift)
    integral = integrate.trapezoid(weights, theta)
    return weights / integral, float(shift + np.log(integral) - np.log(integrate.trapezoid(prior, theta)))


def increasing_with_threshold(theta, prior, log_likelihood):
    if np.any(np.diff(np.asarray(theta, dtype=float)) < 1e-9):      # "guard against rounding"
        raise ValueError("theta must be strictly increasing")
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    return weights / integral, float(shift + np.log(integral) - np.log(prior_integral))


def posterior_as_list(theta, prior, log_likelihood):
    theta, prior, ll, weights, shift, integral, prior_integral = _correct_parts(theta, prior, log_likelihood)
    return (weights / integral).tolist(), float(shift + np.log(integral) - np.log(prior_integral))


MUTANTS = [
    ("grid_posterior", unnormalised, "without dividing by the evidence"),
    ("grid_posterior", sums_to_one, "your posterior values sum to 1"),
    ("grid_posterior", ignores_prior, "your posterior ignores the prior"),
    ("grid_posterior", no_shift, "underflows to 0"),
    ("grid_posterior", shift_by_likelihood_only, "underflows to 0"),
    ("grid_posterior", evidence_without_shift, "missing the maximum M"),
    ("grid_posterior", evidence_with_raw_prior, "uses the prior as given"),
    ("grid_posterior", evidence_by_sum, "instead of the trapezoid"),
    ("grid_posterior", assumes_even_spacing, "unevenly spaced grid"),
    ("grid_posterior", normalises_prior_in_place, "in place"),
    ("grid_posterior", no_validation, "should raise ValueError"),
    ("grid_posterior", numpy_trapezoid, "asks you not to use"),
    ("grid_posterior", scipy_trapezoid, "asks you not to use"),
    ("grid_posterior", increasing_with_threshold, "no absolute"),
    ("grid_posterior", posterior_as_list, "asks for a NumPy array"),
]
