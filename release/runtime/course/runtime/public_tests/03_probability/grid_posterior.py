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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
