"""posterior_predictive: the beta-binomial distribution of the next m trials, in log space."""
from math import lgamma

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_array, expect_close, expect_finite, expect_raises, expect_true

OK_FORMAT = False
name = "posterior_predictive"
hints = [
    "For each j = 0..m the probability is C(m, j) · B(alpha + j, beta + m − j) / B(alpha, beta). "
    "Compute its LOGARITHM for all j at once and take np.exp at the very end.",
    "With math.lgamma: log B(a, b) = lgamma(a) + lgamma(b) − lgamma(a + b) and log C(m, j) = "
    "lgamma(m + 1) − lgamma(j + 1) − lgamma(m − j + 1) (apply lgamma entry by entry, e.g. in a list "
    "comprehension).",
    "Without lgamma: r(s) = np.concatenate([[0.0], np.cumsum(np.log(s + np.arange(m)))]) holds "
    "log(s (s+1) … (s+j−1)) in entry j; then log p_j = log C(m, j) + r(alpha)[j] + r(beta)[m − j] − "
    "r(alpha + beta)[m], with log j! = r(1.0)[j].",
]

bans = {"posterior_predictive": ["scipy", "math.gamma", "math.comb", "math.factorial"]}
ban_reason = ("compute the beta-binomial probabilities yourself in log space, with math.lgamma or "
              "cumulative sums of logarithms; scipy.stats.betabinom and exact Gamma functions, "
              "binomial coefficients or factorials are what this question replaces.")

PLUG_IN = ("you plugged a single estimate of θ into the binomial. The posterior predictive AVERAGES the "
           "binomial over the whole Beta posterior, C(m, j) B(alpha + j, beta + m − j) / B(alpha, beta), "
           "which is wider because θ is still uncertain.")
NO_CHOOSE = ("your probabilities leave out the binomial coefficient C(m, j), so they do not sum to 1: "
             "each count j can happen in C(m, j) orders.")
REVERSED = ("your probabilities come out in reverse order, as if alpha and beta were swapped: entry j "
            "is the probability of j SUCCESSES, C(m, j) B(alpha + j, beta + m − j) / B(alpha, beta), "
            "so alpha goes with j and beta with m − j.")
LOG_SPACE = ("Gamma functions, factorials and binomial coefficients overflow for arguments in the "
             "hundreds. Add and subtract their logarithms (math.lgamma, or cumulative sums of logs) "
             "and exponentiate only the final log-probabilities.")


def _log_terms(alpha, beta, m):
    """Independent reference, with math.lgamma: log C(m, j) and log B(alpha + j, beta + m − j) / B(alpha, beta)."""
    alpha, beta = float(alpha), float(beta)
    log_factorial = np.array([lgamma(k + 1) for k in range(m + 1)])
    log_gamma_a = np.array([lgamma(alpha + k) for k in range(m + 1)])
    log_gamma_b = np.array([lgamma(beta + k) for k in range(m + 1)])
    j = np.arange(m + 1)
    log_choose = log_factorial[m] - log_factorial - log_factorial[::-1]
    log_ratio = (log_gamma_a + log_gamma_b[::-1] - lgamma(alpha + beta + m)
                 - (lgamma(alpha) + lgamma(beta) - lgamma(alpha + beta)))
    return j, log_choose, log_ratio


def _binomial(j, log_choose, m, theta):
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.exp(log_choose + j * np.log(theta) + (m - j) * np.log1p(-theta))


def _check(posterior_predictive, alpha, beta, m, what, rtol=1e-9):
    try:
        got = posterior_predictive(alpha, beta, m)
    except OverflowError as exc:
        expect_true(False, f"{what} raised OverflowError ({exc}).", verdict="raised OverflowError",
                    hint=LOG_SPACE)
    expect_array(got, what=what)
    expect_finite(got, what=what, hint=LOG_SPACE, verdict="the probabilities contain NaN or inf")
    m = int(m)
    j, log_choose, log_ratio = _log_terms(alpha, beta, m)
    wrong = [(_binomial(j, log_choose, m, alpha / (alpha + beta)), PLUG_IN),
             (np.exp(log_ratio), NO_CHOOSE),
             (np.exp(log_choose + log_ratio)[::-1], REVERSED)]
    if alpha > 1 and beta > 1:
        wrong.append((_binomial(j, log_choose, m, (alpha - 1) / (alpha + beta - 2)), PLUG_IN))
    expect_close(got, np.exp(log_choose + log_ratio), rtol=rtol, atol=1e-14, what=what,
                 misconceptions=wrong)


def _raises_value_error(func, *args, what):
    """expect_raises, with `what` (a description, never the data) also in the hidden-case verdict."""
    try:
        expect_raises(ValueError, func, *args, what=what)
    except Mismatch as m:
        raise Mismatch(m.detail, verdict=f"{what}: {m.verdict}", hint=m.hint, kind=m.kind) from None


@test_case(points=1, hidden=False)
def test_uniform_and_rule_of_succession(posterior_predictive):
    """posterior_predictive(1, 1, 3) = [0.25, 0.25, 0.25, 0.25]; posterior_predictive(3, 1, 1) = [0.25, 0.75]"""
    _check(posterior_predictive, 1, 1, 3, "posterior_predictive(1, 1, 3)")
    _check(posterior_predictive, 3, 1, 1, "posterior_predictive(3, 1, 1)")


@test_case(points=0.75, hidden=False)
def test_after_seven_heads_in_ten(posterior_predictive):
    """posterior_predictive(9, 6, 5) ≈ [0.02167, 0.09752, 0.21672, 0.29799, 0.25542, 0.11068]"""
    _check(posterior_predictive, 9, 6, 5, "posterior_predictive(9, 6, 5)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(posterior_predictive):
    """m = −1, m = 2.5 and alpha = 0 raise ValueError"""
    expect_raises(ValueError, posterior_predictive, 2, 2, -1, what="posterior_predictive(2, 2, -1)")
    expect_raises(ValueError, posterior_predictive, 2, 2, 2.5, what="posterior_predictive(2, 2, 2.5)")
    expect_raises(ValueError, posterior_predictive, 0, 2, 3, what="posterior_predictive(0, 2, 3)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
