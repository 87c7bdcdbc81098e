"""beta_binomial_update: the conjugate Beta update, in one batch and one flip at a time."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "beta_binomial_update"
hints = [
    "Heads add to alpha and tails add to beta: with k successes in n trials there are n − k "
    "failures. Validate the inputs first (np.isfinite, k == np.floor(k), 0 <= k <= n).",
    "posterior_history: build np.empty((len(flips) + 1, 2)), put the prior in row 0 (pass it "
    "through beta_binomial_update(alpha, beta, 0, 0) so that it is validated), then fill row t "
    "from row t − 1 and flip t.",
    "Each flip is one trial: beta_binomial_update(a, b, int(flip), 1). Check the flips with "
    "np.all((flips == 0) | (flips == 1)) after flips = np.asarray(flips).",
]

bans = {"beta_binomial_update": ["scipy"], "posterior_history": ["scipy"]}
ban_reason = ("the conjugate update is counting: add the heads and tails to alpha and beta yourself; "
              "scipy.stats.beta is for applied work after the course.")

SWAPPED = ("alpha and beta are swapped: alpha counts the successes (heads), so the posterior is "
           "(alpha + k, beta + n − k), not (alpha + n − k, beta + k).")
ALL_TRIALS = ("beta gets the number of failures n − k, not the number of trials n: the posterior "
              "is (alpha + k, beta + n − k).")
NO_PRIOR_ROW = ("row 0 of the history must hold the prior (alpha, beta) itself, before any flip, so "
                "the array has len(flips) + 1 rows.")


def _check_update(beta_binomial_update, args, what):
    alpha, beta, k, n = args
    got = expect_tuple(beta_binomial_update(*args), 2, what=what, names="alpha', beta'")
    expect_close(np.array(got, dtype=float), np.array([alpha + k, beta + n - k], dtype=float),
                 rtol=1e-12, atol=1e-12, what=f"the parameters returned by {what}",
                 misconceptions={SWAPPED: np.array([alpha + n - k, beta + k], dtype=float),
                                 ALL_TRIALS: np.array([alpha + k, beta + n], dtype=float)})
    expect_true(all(isinstance(v, (float, np.floating)) for v in got),
                f"{what} should return two floats; it returned types "
                f"{type(got[0]).__name__} and {type(got[1]).__name__}.",
                verdict="the parameters are not floats", hint="return float(alpha + k), float(beta + n - k).")


def _raises_value_error(func, *args, what):
    """expect_raises, with `what` (a description, never the data) also in the hidden-case verdict."""
    try:
        expect_raises(ValueError, func, *args, what=what)
    except Mismatch as m:
        raise Mismatch(m.detail, verdict=f"{what}: {m.verdict}", hint=m.hint, kind=m.kind) from None


def _expected_history(alpha, beta, flips):
    flips = np.asarray(flips, dtype=float)
    heads = np.concatenate([[0.0], np.cumsum(flips)])
    tails = np.arange(len(flips) + 1) - heads
    return np.column_stack([alpha + heads, beta + tails])


def _check_history(posterior_history, alpha, beta, flips, what):
    expected = _expected_history(alpha, beta, flips)
    got = posterior_history(alpha, beta, flips)
    shape = np.shape(got) if got is not None else None
    expect_true(shape != (len(expected) - 1, 2),
                f"{what} has shape {shape}; expected {expected.shape}.",
                verdict=f"the history has shape {shape}, one row short", hint=NO_PRIOR_ROW)
    expect_array(got, what=what)
    swapped = expected[:, ::-1] + (np.array([alpha, beta]) - np.array([beta, alpha]))
    expect_close(got, expected, rtol=1e-12, atol=1e-12, what=what,
                 misconceptions={SWAPPED: swapped})


@test_case(points=1, hidden=False)
def test_single_update(beta_binomial_update):
    """beta_binomial_update(2, 3, 7, 10) = (9.0, 6.0) and beta_binomial_update(1, 1, 0, 0) = (1.0, 1.0)"""
    _check_update(beta_binomial_update, (2, 3, 7, 10), "beta_binomial_update(2, 3, 7, 10)")
    _check_update(beta_binomial_update, (1, 1, 0, 0), "beta_binomial_update(1, 1, 0, 0)")


@test_case(points=0.75, hidden=False)
def test_history(posterior_history):
    """posterior_history(1, 1, [1, 0, 1, 1]) = [[1, 1], [2, 1], [2, 2], [3, 2], [4, 2]]"""
    _check_history(posterior_history, 1, 1, [1, 0, 1, 1], "posterior_history(1, 1, [1, 0, 1, 1])")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(beta_binomial_update, posterior_history):
    """k > n, a negative alpha, and a flip equal to 2 raise ValueError"""
    expect_raises(ValueError, beta_binomial_update, 1, 1, 5, 3, what="beta_binomial_update(1, 1, 5, 3)")
    expect_raises(ValueError, beta_binomial_update, -1, 1, 1, 3, what="beta_binomial_update(-1, 1, 1, 3)")
    expect_raises(ValueError, posterior_history, 1, 1, [1, 2, 0], what="posterior_history(1, 1, [1, 2, 0])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
