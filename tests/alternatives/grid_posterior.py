"""Valid alternatives to `grid_posterior` that must earn full marks."""
import numpy as np


def with_log_of_prior_normalised_first(theta, prior, log_likelihood):
    theta = np.array(theta, dtype=float)
    prior = np.array(prior, dtype=float)
    log_likelihood = np.array(log_likelihood, dtype=float)
    if theta.ndim != 1 or theta.size < 2 or prior.shape != theta.shape or log_likelihood.shape != theta.shape:
        raise ValueError("bad shapes")
    if np.any(theta[1:] <= theta[:-1]):
        raise ValueError("theta must be strictly increasing")
    if not np.isfinite(prior).all() or (prior < 0).any():
        raise ValueError("bad prior")
    if np.isnan(log_likelihood).any() or (log_likelihood == np.inf).any():
        raise ValueError("bad log-likelihood")
    h = theta[1:] - theta[:-1]

    def trapezoid(g):
        return 0.5 * np.dot(h, g[1:] + g[:-1])

    z_prior = trapezoid(prior)
    if not z_prior > 0:
        raise ValueError("the prior integrates to 0")
    prior = prior / z_prior
    log_joint = np.full(theta.shape, -np.inf)
    positive = prior > 0
    log_joint[positive] = np.log(prior[positive]) + log_likelihood[positive]
    m = log_joint.max()
    if not np.isfinite(m):
        raise ValueError("the posterior is 0 everywhere")
    w = np.exp(log_joint - m)
    z = trapezoid(w)
    return w / z, float(m + np.log(z))


def looped_trapezoid(theta, prior, log_likelihood):
    theta = np.asarray(theta, dtype=float)
    prior = np.asarray(prior, dtype=float)
    log_likelihood = np.asarray(log_likelihood, dtype=float)
    if theta.ndim != 1 or len(theta) < 2 or prior.shape != theta.shape or log_likelihood.shape != theta.shape:
        raise ValueError("bad shapes")
    if not (np.diff(theta) > 0).all() or not np.all(np.isfinite(prior)) or np.any(prior < 0):
        raise ValueError("bad grid or prior")
    if np.any(np.isnan(log_likelihood)) or np.any(np.isposinf(log_likelihood)):
        raise ValueError("bad log-likelihood")

    def trapezoid(g):
        total = 0.0
        for i in range(len(theta) - 1):
            total += (theta[i + 1] - theta[i]) * (g[i] + g[i + 1]) / 2
        return total

    z_prior = trapezoid(prior)
    if z_prior == 0:
        raise ValueError("the prior integrates to 0")
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + log_likelihood
    m = np.max(log_joint)
    if m == -np.inf:
        raise ValueError("the posterior is 0 everywhere")
    w = np.exp(log_joint - m)
    z = trapezoid(w)
    return w / z, float(m + np.log(z) - np.log(z_prior))


ALTERNATIVES = [("grid_posterior", with_log_of_prior_normalised_first),
                ("grid_posterior", looped_trapezoid)]
