"""beta_posterior_summary: mean, MAP (with the boundary rule) and an equal-tailed credible interval from a grid."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_close, expect_finite, expect_raises, expect_true,
                            expect_tuple)

OK_FORMAT = False
name = "beta_posterior_summary"
hints = [
    "The mean is alpha / (alpha + beta). For the mode, follow the table: test `alpha > 1 and beta > 1` "
    "first, then the two one-sided cases, and return float('nan') in the remaining ones.",
    "Grid: theta = (np.arange(G) + 0.5) / G. log_density = (alpha - 1) * np.log(theta) + "
    "(beta - 1) * np.log1p(-theta); mass = np.exp(log_density - log_density.max()).",
    "cdf = np.concatenate([[0.0], np.cumsum(mass) / mass.sum()]) belongs to the edges "
    "np.arange(G + 1) / G; np.interp([(1 - level) / 2, (1 + level) / 2], cdf, edges) gives both ends.",
]

bans = {"beta_posterior_summary": ["scipy"]}
ban_reason = ("compute the quantiles yourself on the grid of midpoints, in log space; "
              "scipy.stats.beta.ppf is for applied work after the course.")

MAP_IS_MEAN = ("your MAP estimate equals the posterior mean alpha / (alpha + beta). The MAP estimate is "
               "the MODE, the peak of the density: (alpha − 1) / (alpha + beta − 2) when alpha, beta > 1.")
MEAN_IS_MAP = ("your posterior mean equals the mode (the MAP estimate). The mean is the balance point "
               "of the density, alpha / (alpha + beta); the mode is its peak.")
BOUNDARY = ("the formula (alpha − 1) / (alpha + beta − 2) is the mode only when alpha > 1 and beta > 1. "
            "Otherwise use the rule in the table: 0 if alpha ≤ 1 ≤ beta, 1 if beta ≤ 1 ≤ alpha (except "
            "alpha = beta = 1), and nan when both are below 1 or both equal 1.")
NO_MODE = ("when alpha and beta are both below 1 (two peaks, at 0 and 1) or both equal 1 (a flat "
           "density) there is no single mode: return float('nan') for the MAP estimate.")
NORMAL_APPROX = ("your interval is mean ± z·sd, a normal approximation. A Beta posterior is skewed, so "
                 "the interval must come from its quantiles: accumulate the normalised grid masses into "
                 "a CDF and interpolate at (1 − level)/2 and (1 + level)/2.")
WRONG_TAILS = ("your interval is far too narrow: it cuts level/2 off each end. The tails hold the "
               "REMAINING probability: the quantiles are at (1 − level)/2 and (1 + level)/2.")
ONE_SIDED = ("your interval is too narrow: its ends are the quantiles at 1 − level and level, which leave "
             "1 − level in EACH tail. The equal-tailed interval splits 1 − level between the two tails: "
             "the quantiles at (1 − level)/2 and (1 + level)/2.")
ENDPOINTS = ("a grid that includes θ = 0 or θ = 1 meets log(0) = −inf (and 0 · (−inf) = NaN when "
             "alpha or beta is 1), or an infinite density: evaluate the density at the cell midpoints "
             "(i + 0.5) / G, which avoid both ends.")
LOG_SPACE = ("for large alpha and beta the density's constant overflows and its values underflow. Work "
             "with the log density, subtract its maximum before np.exp, and normalise the grid masses "
             "by their sum — the Beta function B(alpha, beta) is never needed.")

GRID_MAP = ("your MAP estimate is close to the mode but not exact: it looks read off the grid (the "
            "midpoint with the largest density). The mode has a closed form: "
            "(alpha − 1) / (alpha + beta − 2) when alpha, beta > 1, and the table's rule otherwise.")


def _call(beta_posterior_summary, args, what):
    try:
        got = beta_posterior_summary(*args)
    except OverflowError as exc:
        expect_true(False, f"{what} raised OverflowError ({exc}).", verdict="raised OverflowError",
                    hint=LOG_SPACE)
    except ZeroDivisionError as exc:
        expect_true(False, f"{what} raised ZeroDivisionError ({exc}).",
                    verdict="raised ZeroDivisionError", hint=BOUNDARY)
    return expect_tuple(got, 4, what=what, names="mean, map_estimate, lower, upper")


def _normal_interval(alpha, beta, level, z):
    mean = alpha / (alpha + beta)
    sd = np.sqrt(alpha * beta / ((alpha + beta) ** 2 * (alpha + beta + 1)))
    return np.array([mean - z * sd, mean + z * sd])


def _check_interval(lower, upper, expected, what, atol, large, wrong_tails=None, normal=None,
                    one_sided=None):
    got = np.array([lower, upper], dtype=float) if all(
        isinstance(v, (int, float, np.integer, np.floating)) for v in (lower, upper)) else (lower, upper)
    expect_finite(got, what=f"the interval from {what}", hint=LOG_SPACE if large else ENDPOINTS,
                  verdict="the interval contains NaN or inf")
    misconceptions = []
    if normal is not None:
        misconceptions.append((normal, NORMAL_APPROX))
    if wrong_tails is not None:
        misconceptions.append((wrong_tails, WRONG_TAILS))
    if one_sided is not None:
        misconceptions.append((one_sided, ONE_SIDED))
    expect_close(got, np.asarray(expected, dtype=float), rtol=0, atol=atol,
                 what=f"the interval (lower, upper) from {what}", misconceptions=misconceptions)


def _expected_mode(alpha, beta):
    if alpha > 1 and beta > 1:
        return (alpha - 1) / (alpha + beta - 2)
    if alpha <= 1 <= beta and not alpha == beta == 1:
        return 0.0
    if beta <= 1 <= alpha and not alpha == beta == 1:
        return 1.0
    return np.nan


def _check_mode(mode, alpha, beta, what):
    mean = alpha / (alpha + beta)
    expected = _expected_mode(alpha, beta)
    if np.isnan(expected):
        ok = isinstance(mode, (float, np.floating)) and np.isnan(mode)
        expect_true(ok, f"the MAP estimate from {what} is {mode!r}; this density has no single mode.",
                    verdict="wrong MAP estimate where the mode is undefined", hint=NO_MODE)
        return
    if isinstance(mode, (int, float, np.integer, np.floating)) and (np.isnan(mode) or not 0 <= mode <= 1):
        expect_true(False, f"the MAP estimate from {what} is {mode!r}, but it must lie in [0, 1].",
                    verdict="the MAP estimate is outside [0, 1] or NaN", hint=BOUNDARY)
    try:
        expect_close(mode, expected, rtol=1e-12, atol=1e-12, what=f"the MAP estimate from {what}",
                     misconceptions={MAP_IS_MEAN: mean})
    except Mismatch as m:
        if m.kind == "values" and abs(float(mode) - expected) <= 1.01e-4:
            raise Mismatch(f"{m.detail} Hint: {GRID_MAP}", verdict=f"{m.verdict}; {GRID_MAP}",
                           hint=GRID_MAP, kind="values") from None
        raise


def _check(beta_posterior_summary, alpha, beta, level, what, *, interval, atol=None,
           wrong_tails=None, one_sided=None):
    """`interval` holds the exact quantiles (scipy.stats.beta.ppf, computed once and stored here)."""
    if atol is None:
        atol = 1e-4 if min(alpha, beta) >= 1 else 2e-3
    got = _call(beta_posterior_summary, (alpha, beta, level), what)
    mean, mode, lower, upper = got
    expected_mode = _expected_mode(alpha, beta)
    expect_close(mean, alpha / (alpha + beta), rtol=1e-12, atol=1e-12,
                 what=f"the posterior mean from {what}",
                 misconceptions=None if np.isnan(expected_mode) else {MEAN_IS_MAP: expected_mode})
    _check_mode(mode, alpha, beta, what)
    normal = _normal_interval(alpha, beta, level, z=_z(level))
    _check_interval(lower, upper, interval, what, atol, max(alpha, beta) > 100,
                    wrong_tails=wrong_tails, normal=normal, one_sided=one_sided)
    expect_true(all(isinstance(v, (float, np.floating)) for v in got),
                f"{what} should return four floats; it returned types {[type(v).__name__ for v in got]}.",
                verdict="the four results are not all floats")


def _z(level):
    """Standard normal quantile at (1 + level)/2 (bisection on erf, so no scipy is needed here)."""
    from math import erf, sqrt
    lo, hi = 0.0, 10.0
    for _ in range(80):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if 0.5 * (1 + erf(mid / sqrt(2))) < (1 + level) / 2 else (lo, mid)
    return (lo + hi) / 2


def _raises_value_error(func, *args, what):
    """expect_raises, with `what` (a description, never the data) also in the hidden-case verdict."""
    try:
        expect_raises(ValueError, func, *args, what=what)
    except Mismatch as m:
        raise Mismatch(m.detail, verdict=f"{what}: {m.verdict}", hint=m.hint, kind=m.kind) from None


@test_case(points=1, hidden=False)
def test_beta_3_9(beta_posterior_summary):
    """beta_posterior_summary(3, 9): mean 0.25, MAP 0.2, 95% interval ≈ (0.060218, 0.517756)"""
    _check(beta_posterior_summary, 3, 9, 0.95, "beta_posterior_summary(3, 9)",
           interval=[0.06021773417290667, 0.5177558523601726],
           wrong_tails=[0.22803288, 0.24365942],
           one_sided=[0.07882004566602895, 0.47008679927917624])


@test_case(points=0.75, hidden=False)
def test_modes_at_the_boundary(beta_posterior_summary):
    """level 0.9: Beta(1, 5) → MAP 0; Beta(4, 1) → MAP 1; Beta(0.5, 3) → MAP 0; Beta(1, 1) and Beta(0.5, 0.5) → MAP nan"""
    cases = [(1, 5, [0.010206218313011495, 0.450719728346941], 1e-4),     # 1 − (1 − q)^(1/5)
             (4, 1, [0.47287080450158786, 0.9872585449014338], 1e-4),     # q^(1/4)
             (0.5, 3, [0.0007117863263558013, 0.4994735131761161], 2e-3),
             (1, 1, [0.05, 0.95], 1e-4),
             (0.5, 0.5, [0.006155829702431135, 0.9938441702975689], 2e-3)]
    for alpha, beta, interval, atol in cases:
        _check(beta_posterior_summary, alpha, beta, 0.9, f"beta_posterior_summary({alpha}, {beta}, 0.9)",
               interval=interval, atol=atol)


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(beta_posterior_summary):
    """alpha = 0, beta = −1 and level = 1 raise ValueError"""
    expect_raises(ValueError, beta_posterior_summary, 0, 2, what="beta_posterior_summary(0, 2)")
    expect_raises(ValueError, beta_posterior_summary, 2, -1, what="beta_posterior_summary(2, -1)")
    expect_raises(ValueError, beta_posterior_summary, 2, 2, 1.0, what="beta_posterior_summary(2, 2, 1.0)")


@test_case(points=0.5, hidden=True)
def test_random_posteriors(beta_posterior_summary):
    """random Beta posteriors with alpha, beta between 1 and 60 and levels from 0.5 to 0.99, integer arguments, beta below 1"""
    # alpha, beta, level, scipy.stats.beta.ppf at (1 ∓ level)/2 and at level/2, 1 − level/2
    table = [
        (55.342, 15.909, 0.725, [0.7225943625158375, 0.8297965398066152], [0.7616673441070361, 0.7963178638952122]),
        (58.068, 40.593, 0.53, [0.5530178151166334, 0.6246734466791286], [0.557769913066738, 0.6200756321940988]),
        (16.579, 5.418, 0.622, [0.674973154335885, 0.8354894478893246], [0.7144010203966463, 0.8046273513388125]),
        (12, 3, 0.8, [0.6627858801026911, 0.9185228460002779], [0.7868506105607801, 0.8383473908153107]),
        (1.5, 0.7, 0.95, [0.1136713069979012, 0.9967096778258776], [0.7219505144213765, 0.7622860774083001]),
    ]
    for alpha, beta, level, interval, wrong_tails in table:
        _check(beta_posterior_summary, alpha, beta, level, "beta_posterior_summary on a random posterior",
               interval=interval, wrong_tails=wrong_tails)


@test_case(points=0.5, hidden=True)
def test_many_observations_and_invalid(beta_posterior_summary):
    """posteriors after thousands of flips (log space needed), a skewed Jeffreys posterior, and invalid alpha, beta, level"""
    table = [
        (10001, 20001, 0.95, [0.3280208873763339, 0.3386890450841445], [0.33317009218036675, 0.3335114178401851],
         "beta_posterior_summary after 30 000 flips"),
        (200000.0, 100000.0, 0.95, [0.6649787500995614, 0.6683524784493007],
         [0.6666130661523407, 0.666721005009939], "beta_posterior_summary after 300 000 flips"),
        (3.0, 2000.0, 0.99, [0.0001688330320716143, 0.004623856941625718],
         [0.0013253756376073716, 0.0013456152388784239], "beta_posterior_summary for a rare event"),
        (0.5, 40.5, 0.9, [4.8844323351987433e-05, 0.046597283133328136],
         [0.0044287906343175275, 0.007063614843261244],
         "beta_posterior_summary of a Jeffreys posterior with no successes"),
    ]
    for alpha, beta, level, interval, wrong_tails, what in table:
        _check(beta_posterior_summary, alpha, beta, level, what, interval=interval, wrong_tails=wrong_tails)
    for args, label in (((np.inf, 2), "alpha = inf"), ((2, np.nan), "beta = NaN"), ((-3, 2), "a negative alpha"),
                        ((2, 2, 0.0), "level = 0"), ((2, 2, 1.5), "level = 1.5")):
        _raises_value_error(beta_posterior_summary, *args, what=f"beta_posterior_summary with {label}")
