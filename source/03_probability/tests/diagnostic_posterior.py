"""diagnostic_posterior: P(disease | +) and P(disease | −) by Bayes' rule, vectorised over prevalence."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "diagnostic_posterior"
hints = [
    "Name the pieces: prior p(D) = prevalence, likelihoods p(+ | D) = sensitivity and "
    "p(+ | not D) = 1 − specificity. Bayes' rule divides prior × likelihood by the evidence p(+).",
    "The evidence comes from the sum rule: p(+) = sensitivity·p + (1 − specificity)·(1 − p), and "
    "likewise p(−) = (1 − sensitivity)·p + specificity·(1 − p).",
    "Convert with prior = np.array(prevalence, dtype=float): the same arithmetic then works for a "
    "number and for an array. Return float(...) of both results when prior.ndim == 0.",
]

bans = {"diagnostic_posterior": ["scipy"]}
ban_reason = ("apply Bayes' rule and the sum rule yourself with NumPy arithmetic; scipy is for "
              "applied work after the course.")

SENSITIVITY = ("you returned the sensitivity p(+ | D), not p(D | +). Conditioning is not "
               "symmetric: turn p(+ | D) around with Bayes' rule, p(D | +) = p(+ | D) p(D) / p(+).")
MISS_RATE = ("for the negative result you returned p(− | D) = 1 − sensitivity, not p(D | −). "
             "Turn it around with Bayes' rule: p(D | −) = p(− | D) p(D) / p(−).")
UNNORMALISED = ("you returned prior × likelihood without dividing by the evidence. Divide by "
                "p(+) = sensitivity·p + (1 − specificity)(1 − p) (and by p(−) for a negative result), "
                "so that p(D | +) + p(not D | +) = 1.")
BASE_RATE = ("your answer does not depend on the prevalence: you compared the likelihoods "
             "p(+ | D) and p(+ | not D) as if the prior were 1/2. Multiply each likelihood by its "
             "prior, p(D) = prevalence and p(not D) = 1 − prevalence.")
COMPLEMENT = ("you returned p(no disease | −), the probability of being healthy after a negative "
              "test; the task asks for p(disease | −), which is 1 minus that.")
FALSE_POSITIVE = ("you returned p(+ | not D) = 1 − specificity (the false-positive rate); the task "
                  "asks for p(D | −), the probability of disease after a negative result.")
NOT_POSITIVE = ("for the negative result you returned 1 − p(D | +), which is p(not D | +): still a "
                "statement about a POSITIVE test. p(D | −) conditions on the negative result: "
                "(1 − sensitivity)·p / p(−), with p(−) = (1 − sensitivity)·p + specificity·(1 − p).")
SPEC_AS_FPR = ("you used the specificity as the false-positive rate. Specificity is p(− | not D), the "
               "rate of correct negatives; a healthy person tests positive with probability "
               "1 − specificity.")

CANCELLATION = ("your p(D | −) loses its digits when it is tiny: 1 − p(no disease | −) subtracts two "
                "numbers that are both almost 1. Compute it directly, (1 − sensitivity)·p / p(−).")
NOT_FLOATS = ("for a single prevalence return two floats (float(...) of each result), not 0-d "
              "arrays or 1-element arrays.")


def _raises_value_error(func, *args, what, when=""):
    """expect_raises, with `what` (a description, never the data) also in the hidden-case verdict."""
    try:
        expect_raises(ValueError, func, *args, what=what, when=when)
    except Mismatch as m:
        raise Mismatch(m.detail, verdict=f"{what}: {m.verdict}", hint=m.hint, kind=m.kind) from None


def _wrong_answers(prevalence, sens, spec):
    """The wrong results each misconception produces, for the misconceptions= argument."""
    p = np.asarray(prevalence, dtype=float)
    on_positive = {
        SENSITIVITY: np.broadcast_to(sens, p.shape).astype(float),
        UNNORMALISED: sens * p,
        BASE_RATE: np.broadcast_to(sens / (sens + 1 - spec), p.shape).astype(float),
        SPEC_AS_FPR: sens * p / (sens * p + spec * (1 - p)),
    }
    on_negative = {
        MISS_RATE: np.broadcast_to(1 - sens, p.shape).astype(float),
        UNNORMALISED: (1 - sens) * p,
        COMPLEMENT: spec * (1 - p) / ((1 - sens) * p + spec * (1 - p)),
        FALSE_POSITIVE: np.broadcast_to(1 - spec, p.shape).astype(float),
        NOT_POSITIVE: 1 - sens * p / (sens * p + (1 - spec) * (1 - p)),
        SPEC_AS_FPR: (1 - sens) * p / ((1 - sens) * p + (1 - spec) * (1 - p)),
    }
    return on_positive, on_negative


def _check(diagnostic_posterior, prevalence, sens, spec, what, atol=1e-12):
    p = np.asarray(prevalence, dtype=float)
    expected_pos = sens * p / (sens * p + (1 - spec) * (1 - p))
    expected_neg = (1 - sens) * p / ((1 - sens) * p + spec * (1 - p))
    got = expect_tuple(diagnostic_posterior(prevalence, sens, spec), 2, what=what,
                       names="p(D | +), p(D | −)")
    on_positive, on_negative = _wrong_answers(prevalence, sens, spec)
    if atol == 0:
        on_negative[CANCELLATION] = 1 - spec * (1 - p) / ((1 - sens) * p + spec * (1 - p))
    expect_close(got[0], expected_pos, rtol=1e-9, atol=atol,
                 what=f"p(disease | positive) from {what}", misconceptions=on_positive)
    expect_close(got[1], expected_neg, rtol=1e-9, atol=atol,
                 what=f"p(disease | negative) from {what}", misconceptions=on_negative)
    for label, value in (("p(disease | positive)", got[0]), ("p(disease | negative)", got[1])):
        if p.ndim == 0:
            expect_true(isinstance(value, (float, np.floating)),
                        f"{label} from {what} should be a float; it is {type(value).__name__}.",
                        verdict=f"{label} is not a float for a single prevalence", hint=NOT_FLOATS)
        else:
            expect_array(value, what=f"{label} from {what}")


@test_case(points=1, hidden=False)
def test_rare_disease(diagnostic_posterior):
    """prevalence 0.01, sensitivity 0.9, specificity 0.95: p(D | +) = 0.009/0.0585 ≈ 0.1538, p(D | −) = 0.001/0.9415 ≈ 0.00106"""
    _check(diagnostic_posterior, 0.01, 0.9, 0.95, "diagnostic_posterior(0.01, 0.9, 0.95)")


@test_case(points=0.75, hidden=False)
def test_array_of_prevalences(diagnostic_posterior):
    """prevalence np.array([0.001, 0.01, 0.1, 0.5]) with sensitivity 0.9, specificity 0.95: two arrays of shape (4,)"""
    prevalence = np.array([0.001, 0.01, 0.1, 0.5])
    _check(diagnostic_posterior, prevalence, 0.9, 0.95,
           "diagnostic_posterior(np.array([0.001, 0.01, 0.1, 0.5]), 0.9, 0.95)")


@test_case(points=0.25, hidden=False)
def test_invalid_probabilities(diagnostic_posterior):
    """a sensitivity of 1.2 or a prevalence of −0.1 raises ValueError"""
    expect_raises(ValueError, diagnostic_posterior, 0.01, 1.2, 0.95,
                  what="diagnostic_posterior(0.01, 1.2, 0.95)")
    expect_raises(ValueError, diagnostic_posterior, np.array([0.2, -0.1]), 0.9, 0.95,
                  what="diagnostic_posterior(np.array([0.2, -0.1]), 0.9, 0.95)")


@test_case(points=0.5, hidden=True)
def test_random_shapes_and_edges(diagnostic_posterior):
    """random prevalences in 1-D and 2-D arrays, a plain list, an integer array, prevalences exactly 0 and 1, posteriors as small as 1e-18; inputs unchanged"""
    rng = np.random.default_rng(34101)
    for shape in ((7,), (3, 4), (1,)):
        prevalence = rng.uniform(0.0005, 0.9995, size=shape)
        sens, spec = rng.uniform(0.5, 0.999), rng.uniform(0.5, 0.999)
        before = prevalence.copy()
        _check(diagnostic_posterior, prevalence, sens, spec,
               f"diagnostic_posterior on prevalences of shape {shape}")
        expect_unchanged(before, prevalence, what="prevalence")
    _check(diagnostic_posterior, [0.0, 0.3, 1.0], 0.8, 0.7,
           "diagnostic_posterior([0.0, 0.3, 1.0], 0.8, 0.7)")
    _check(diagnostic_posterior, 0.25, 1.0, 1.0, "diagnostic_posterior(0.25, 1.0, 1.0) (a perfect test)")
    _check(diagnostic_posterior, 1e-6, 0.999, 0.999, "diagnostic_posterior with prevalence 1e-6")
    # tiny posteriors must keep their digits (relative tolerance only)
    _check(diagnostic_posterior, np.array([1e-9, 1e-6, 0.3]), 0.999999, 0.9999, atol=0.0,
           what="diagnostic_posterior with a very sensitive test and rare diseases")
    _check(diagnostic_posterior, 2e-12, 0.99, 0.999, atol=0.0,
           what="diagnostic_posterior with prevalence 2e-12")
    before = np.array([0, 1, 0])
    prevalence = before.copy()
    _check(diagnostic_posterior, prevalence, 0.9, 0.8, "diagnostic_posterior on an integer array")
    expect_unchanged(before, prevalence, what="prevalence")


@test_case(points=0.5, hidden=True)
def test_impossible_results_raise(diagnostic_posterior):
    """conditioning on a result of probability 0 raises ValueError, and so do NaN (in any argument) and out-of-range inputs"""
    # p(+) = 0: nobody is sick and the test never gives false positives
    _raises_value_error(diagnostic_posterior, 0.0, 0.9, 1.0,
                  what="diagnostic_posterior with prevalence 0 and specificity 1",
                  when="(a positive result then has probability 0)")
    # p(−) = 0 for one entry of an array
    _raises_value_error(diagnostic_posterior, np.array([0.5, 1.0]), 1.0, 0.9,
                  what="diagnostic_posterior with a prevalence of 1 and sensitivity 1",
                  when="(a negative result then has probability 0)")
    _raises_value_error(diagnostic_posterior, np.array([0.1, np.nan]), 0.9, 0.9,
                  what="diagnostic_posterior with a NaN prevalence")
    _raises_value_error(diagnostic_posterior, 0.1, 0.9, -0.05,
                  what="diagnostic_posterior with a negative specificity")
    _raises_value_error(diagnostic_posterior, 1.5, 0.9, 0.9,
                  what="diagnostic_posterior with a prevalence of 1.5")
    _raises_value_error(diagnostic_posterior, 0.1, np.nan, 0.9,
                  what="diagnostic_posterior with a NaN sensitivity", when="(NaN is not in [0, 1])")
    _raises_value_error(diagnostic_posterior, 0.1, 0.9, np.nan,
                  what="diagnostic_posterior with a NaN specificity", when="(NaN is not in [0, 1])")
