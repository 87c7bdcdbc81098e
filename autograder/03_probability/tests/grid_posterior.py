"""grid_posterior: posterior density and log evidence on a grid, trapezoid rule, in log space."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_finite, expect_raises,
                            expect_true, expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "grid_posterior"
hints = [
    "Trapezoid rule on any grid: widths = np.diff(theta); integral = np.sum(widths * (g[1:] + g[:-1])) / 2. "
    "Normalise the prior with it first.",
    "Work with log_joint = np.log(prior) + log_likelihood (log 0 = −inf is fine; silence the warning "
    "with np.errstate(divide='ignore')). Subtract M = np.max(log_joint) before np.exp.",
    "With w = np.exp(log_joint - M) and Z = trapezoid(w): posterior = w / Z and "
    "log_evidence = M + np.log(Z) − np.log(trapezoid(prior)).",
]

bans = {"grid_posterior": ["numpy.trapezoid", "scipy"]}
ban_reason = ("write the trapezoid sum yourself from np.diff(theta) and the neighbouring values; "
              "np.trapezoid and scipy.integrate are for applied work after the course.")

UNNORMALISED = ("your posterior is prior × likelihood without dividing by the evidence, so it does not "
                "integrate to 1. Divide by its trapezoid integral over theta.")
SUMS_TO_ONE = ("your posterior values sum to 1: those are probability masses. The task asks for a "
               "DENSITY whose trapezoid integral over theta is 1 — divide by the trapezoid integral, "
               "not by the sum.")
NO_PRIOR = ("your posterior ignores the prior: it is the normalised likelihood. Bayes' rule multiplies "
            "prior and likelihood (add log(prior) to the log-likelihood) before normalising.")
UNDERFLOW = ("exponentiating the log-likelihood directly underflows to 0 (e^-1000 is 0.0 in floating "
             "point), and 0 / 0 is NaN. Subtract the maximum of log(prior) + log_likelihood before "
             "np.exp, then add it back in the log evidence.")
UNEVEN = ("your posterior does not integrate to 1 on this unevenly spaced grid: the trapezoid rule "
          "needs each interval's own width θᵢ₊₁ − θᵢ (np.diff(theta)), not one common spacing.")
SHIFT_NOT_ADDED = ("your log evidence is missing the maximum M you subtracted before exponentiating: "
                   "log p(D) = M + log(trapezoid integral of e^(log_joint − M)).")
PRIOR_NOT_NORMALISED = ("your log evidence uses the prior as given. The prior must integrate to 1 "
                        "first: subtract log(trapezoid integral of the prior).")
SUM_NOT_TRAPEZOID = ("your log evidence uses a plain sum (or a width × sum) instead of the trapezoid "
                     "rule: integral ≈ Σ (θᵢ₊₁ − θᵢ)(gᵢ + gᵢ₊₁) / 2, for the prior as well.")

THRESHOLD = ("your function raised ValueError on a valid grid whose points are very close together "
             "(or far from 0): strictly increasing means np.diff(theta) > 0, with no absolute "
             "threshold, and the grid's units are the caller's choice.")


def _reference(theta, prior, log_likelihood):
    """NumPy's own trapezoid rule, with the shift by the largest log joint value."""
    theta = np.asarray(theta, dtype=float)
    prior = np.asarray(prior, dtype=float)
    with np.errstate(divide="ignore"):
        log_joint = np.log(prior) + np.asarray(log_likelihood, dtype=float)
    shift = np.max(log_joint)
    weights = np.exp(log_joint - shift)
    integral = np.trapezoid(weights, theta)
    prior_integral = np.trapezoid(prior, theta)
    return weights / integral, shift + np.log(integral) - np.log(prior_integral), (
        weights, shift, integral, prior_integral)


def _check(grid_posterior, theta, prior, log_likelihood, what, rtol=1e-9):
    expected, expected_log_evidence, (weights, shift, integral, prior_integral) = _reference(
        theta, prior, log_likelihood)
    try:
        result = grid_posterior(theta, prior, log_likelihood)
    except ValueError as exc:
        raise Mismatch(f"{what} raised ValueError ({exc}). Hint: {THRESHOLD}",
                       verdict=f"{what} raised ValueError; {THRESHOLD}", hint=THRESHOLD,
                       kind="raised") from None
    got = expect_tuple(result, 2, what=what, names="posterior, log_evidence")
    expect_array(got[0], what=f"the posterior from {what}")
    expect_finite(got[0], what=f"the posterior from {what}", hint=UNDERFLOW,
                  verdict="the posterior contains NaN or inf")
    theta_f = np.asarray(theta, dtype=float)
    with np.errstate(all="ignore"):
        likelihood = np.exp(np.asarray(log_likelihood, dtype=float))
        normalised_likelihood = likelihood / np.trapezoid(likelihood, theta_f)
        wrong = [(np.asarray(prior, dtype=float) * likelihood, UNNORMALISED),
                 (weights, UNNORMALISED),
                 (weights / weights.sum(), SUMS_TO_ONE),
                 (normalised_likelihood, NO_PRIOR)]
    try:
        expect_close(got[0], expected, rtol=rtol, atol=1e-12, what=f"the posterior from {what}",
                     misconceptions=[(w, h) for w, h in wrong if np.all(np.isfinite(w))])
    except Mismatch as m:
        widths = np.diff(theta_f)
        if m.kind == "values" and not np.allclose(widths, widths[0]):
            values = np.asarray(got[0], dtype=float)
            area = np.sum(widths * (values[1:] + values[:-1])) / 2
            if abs(area - 1) > 1e-6:
                raise Mismatch(f"{m.detail}\nHint: {UNEVEN}", verdict=f"{m.verdict}; {UNEVEN}",
                               hint=UNEVEN, kind="property") from None
        raise
    expect_finite(got[1], what=f"the log evidence from {what}", hint=UNDERFLOW,
                  verdict="the log evidence is NaN or infinite")
    widths = np.diff(theta_f)
    wrong_evidence = [(np.log(integral) - np.log(prior_integral), SHIFT_NOT_ADDED),
                      (shift + np.log(integral), PRIOR_NOT_NORMALISED),
                      (shift + np.log(weights.sum()) - np.log(np.sum(prior)), SUM_NOT_TRAPEZOID),
                      (shift + np.log(weights.sum() * widths.mean())
                       - np.log(np.sum(prior) * widths.mean()), SUM_NOT_TRAPEZOID)]
    expect_close(got[1], expected_log_evidence, rtol=1e-10, atol=1e-9,
                 what=f"the log evidence from {what}", misconceptions=wrong_evidence)


def _raises_value_error(func, *args, what):
    """expect_raises, with `what` (a description, never the data) also in the hidden-case verdict."""
    try:
        expect_raises(ValueError, func, *args, what=what)
    except Mismatch as m:
        raise Mismatch(m.detail, verdict=f"{what}: {m.verdict}", hint=m.hint, kind=m.kind) from None


def _bernoulli_log_likelihood(theta, heads, tails):
    """log(θ^heads (1 − θ)^tails), with 0 · log 0 = 0."""
    with np.errstate(divide="ignore"):
        return ((heads * np.log(theta) if heads else 0.0)
                + (tails * np.log1p(-theta) if tails else 0.0)) + np.zeros_like(theta)


@test_case(points=1, hidden=False)
def test_coin_on_five_points(grid_posterior):
    """theta = [0, 0.25, 0.5, 0.75, 1], flat prior np.ones(5), 3 heads and 1 tail: posterior ≈ [0, 0.26087, 1.3913, 2.34783, 0], log evidence = log(0.044921875)"""
    theta = np.linspace(0.0, 1.0, 5)
    log_likelihood = _bernoulli_log_likelihood(theta, 3, 1)
    _check(grid_posterior, theta, np.ones(5), log_likelihood,
           "grid_posterior(theta, np.ones(5), 3 * log(theta) + log(1 - theta))")


@test_case(points=0.75, hidden=False)
def test_tiny_likelihoods(grid_posterior):
    """theta = [0.2, 0.4, 0.6], prior [2, 2, 2], log_likelihood = [−1002, −1000, −1001]: finite, posterior ≈ [0.5406, 3.9949, 1.4696], log evidence ≈ −1000.4687"""
    theta = np.array([0.2, 0.4, 0.6])
    _check(grid_posterior, theta, np.array([2.0, 2.0, 2.0]), np.array([-1002.0, -1000.0, -1001.0]),
           "grid_posterior([0.2, 0.4, 0.6], [2, 2, 2], [-1002, -1000, -1001])")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(grid_posterior):
    """a decreasing grid, mismatched lengths and a negative prior value raise ValueError"""
    expect_raises(ValueError, grid_posterior, np.array([0.0, 0.5, 0.4]), np.ones(3), np.zeros(3),
                  what="grid_posterior([0, 0.5, 0.4], np.ones(3), np.zeros(3))")
    expect_raises(ValueError, grid_posterior, np.linspace(0, 1, 4), np.ones(3), np.zeros(4),
                  what="grid_posterior(4 grid points, 3 prior values, 4 log-likelihoods)")
    expect_raises(ValueError, grid_posterior, np.linspace(0, 1, 3), np.array([1.0, -1.0, 1.0]),
                  np.zeros(3), what="grid_posterior(np.linspace(0, 1, 3), [1, -1, 1], np.zeros(3))")


@test_case(points=0.5, hidden=True)
def test_random_grids_and_priors(grid_posterior):
    """uneven random grids, unnormalised random priors with zeros, 500 coin flips, integer and list inputs, grids of tiny spacing or far from 0; inputs unchanged"""
    rng = np.random.default_rng(34501)
    for size in (9, 301):
        theta = np.sort(np.concatenate([[0.0, 1.0], rng.uniform(0.0, 1.0, size=size - 2)]))
        prior = rng.uniform(0.0, 5.0, size=size) * (rng.random(size) < 0.8)
        prior[size // 2] = 1.0
        heads = int(rng.integers(0, 501))
        log_likelihood = _bernoulli_log_likelihood(theta, heads, 500 - heads)
        before = (theta.copy(), prior.copy(), log_likelihood.copy())
        _check(grid_posterior, theta, prior, log_likelihood,
               f"grid_posterior on an uneven grid of {size} points", rtol=1e-8)
        for name_, old, new in zip(("theta", "prior", "log_likelihood"), before,
                                   (theta, prior, log_likelihood)):
            expect_unchanged(old, new, what=name_)
    _check(grid_posterior, [0, 1, 2, 4], [1, 3, 3, 1], [-1.5, -0.5, -0.25, -3.0],
           "grid_posterior with lists and an integer grid and prior")
    # the grid's units are free: a parameter measured in units of 1e-9, or around 1e8
    base = np.sort(rng.uniform(0.0, 1.0, size=40))
    log_likelihood = -0.5 * ((base - 0.4) / 0.1) ** 2
    prior = 1.0 + base
    _check(grid_posterior, 1e-9 * base, prior, log_likelihood, "grid_posterior on a grid spaced about 1e-11 apart",
           rtol=1e-8)
    _check(grid_posterior, 1e8 + 1e3 * base, prior, log_likelihood, "grid_posterior on a grid around 1e8",
           rtol=1e-6)


@test_case(points=0.5, hidden=True)
def test_prior_zero_at_the_peak_and_invalid(grid_posterior):
    """a prior that is zero where the likelihood peaks (log space needed), a fine grid, and invalid inputs raise ValueError"""
    theta = np.linspace(0.0, 1.0, 1001)
    prior = np.where(theta <= 0.3, 1.0, 0.0)                 # the likelihood peaks at 0.9
    log_likelihood = _bernoulli_log_likelihood(theta, 900, 100)
    _check(grid_posterior, theta, prior, log_likelihood,
           "grid_posterior with a prior that is zero where the likelihood peaks", rtol=1e-8)
    _check(grid_posterior, theta, theta * (1 - theta) ** 2, _bernoulli_log_likelihood(theta, 700, 300),
           "grid_posterior with a Beta(2, 3)-shaped prior and 1000 flips", rtol=1e-8)
    flat = np.zeros(5)
    cases = [
        ((np.linspace(0, 1, 5), np.array([1.0, 1.0, 0.0, 0.0, 0.0]), np.array([-np.inf, -np.inf, 0.0, 0.0, 0.0])),
         "prior and likelihood never both positive"),
        ((np.linspace(0, 1, 5), np.zeros(5), flat), "a prior that is zero everywhere"),
        ((np.linspace(0, 1, 5), np.ones(5), np.array([0.0, np.nan, 0.0, 0.0, 0.0])), "a NaN log-likelihood"),
        ((np.linspace(0, 1, 5), np.ones(5), np.array([0.0, np.inf, 0.0, 0.0, 0.0])), "a +inf log-likelihood"),
        ((np.array([0.5]), np.ones(1), np.zeros(1)), "a grid of one point"),
        ((np.array([0.0, 0.5, 0.5, 1.0]), np.ones(4), np.zeros(4)), "a repeated grid point"),
        ((np.linspace(0, 1, 5), np.array([1.0, np.inf, 1.0, 1.0, 1.0]), flat), "an infinite prior value"),
        ((np.ones((2, 3)), np.ones((2, 3)), np.zeros((2, 3))), "2-D arrays"),
    ]
    for args, label in cases:
        _raises_value_error(grid_posterior, *args, what=f"grid_posterior with {label}")
