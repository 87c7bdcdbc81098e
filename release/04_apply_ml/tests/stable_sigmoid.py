"""stable_sigmoid: the logistic sigmoid and its logarithm, finite and accurate for every input."""
import warnings

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_array, expect_true, expect_close, expect_finite, expect_same_on_integers,
                            expect_unchanged)

OK_FORMAT = False
name = "stable_sigmoid"
hints = [
    "Exponentiate only numbers that are <= 0: e = np.exp(-np.abs(z)) lies in (0, 1] for every z, so "
    "it can never overflow. Convert first with z = np.asarray(z, dtype=float).",
    "With that e, σ(z) is 1 / (1 + e) where z >= 0 and e / (1 + e) where z < 0. np.where(z >= 0, "
    "..., ...) picks entrywise, and both arrays are safe to compute.",
    "For log_sigmoid stay in log space and never take the log of σ itself: log σ(z) = min(z, 0) − "
    "log(1 + e^(−|z|)), with np.minimum and np.log1p.",
]

# the opening cell: SciPy and scikit-learn are off limits in this notebook. scipy.special's
# ufuncs are named too: they carry no __module__, so the module ban alone does not see them.
_OFF_LIMITS = ["scipy", "sklearn"]
bans = {"sigmoid": _OFF_LIMITS + ["scipy.special.expit"],
        "log_sigmoid": _OFF_LIMITS + ["scipy.special.expit", "scipy.special.log_expit"]}
ban_reason = ('this notebook builds logistic regression from NumPy alone: write it yourself, with your '
              'own functions from the sections above as the tools; SciPy (scipy.special.expit, '
              'scipy.optimize, ...) and scikit-learn do it for you and are for applied work after the '
              'course.')

OVERFLOW = ("sigmoid returned NaN or inf for a large |z|. The form e^z / (1 + e^z) is inf / inf = nan "
            "at z = 1000, because np.exp overflows above about 709. Exponentiate only non-positive "
            "numbers: with e = np.exp(-np.abs(z)), use 1 / (1 + e) for z >= 0 and e / (1 + e) for z < 0.")
SIGN = ("you computed σ(−z) = 1 / (1 + e^z). The sigmoid has a minus sign in the exponent, "
        "σ(z) = 1 / (1 + e^(−z)), so that σ(z) → 1 as z → +∞.")
LOG_SIGN = ("you computed log σ(−z). The sigmoid has a minus sign in the exponent, "
            "log σ(z) = −log(1 + e^(−z)), which tends to 0 as z → +∞ and behaves like z as z → −∞.")
LOG0 = ("log_sigmoid gave −inf or nan for a very negative z. np.log(sigmoid(z)) takes log(0) once σ(z) "
        "underflows to 0 (from z ≈ −745 on), and −np.log(1 + np.exp(−z)) overflows inside the log. "
        "Stay in log space: log σ(z) = min(z, 0) − log1p(e^(−|z|)).")

TAIL = ("sigmoid lost the tiny values in its tail: σ(z) for z ≪ 0 is about e^z (σ(−40) ≈ 4.25e-18), "
        "but yours is 0 or far off there. Forms such as 1 − σ(−z), 1 − 1/(1 + e^(−z)) or "
        "(1 + tanh(z/2))/2 cancel catastrophically for negative z: compute e = e^(−|z|) and use "
        "e / (1 + e) for z < 0.")
LOG_TAIL = ("log_sigmoid lost the tiny values in its tail: log σ(z) for z ≫ 0 is about −e^(−z) "
            "(log σ(40) ≈ −4.25e-18), but yours is 0 or far off there. np.log(1 + e) rounds 1 + e to 1 "
            "when e is tiny: use np.log1p(e), which computes log(1 + e) accurately.")
NO_WARNINGS = ("your function computes np.exp of a large positive number somewhere, which overflows "
               "to inf with a RuntimeWarning even when the value you return is right: 1 / (1 + "
               "np.exp(-z)) does at z = -1000, and np.where(z >= 0, A, B) evaluates BOTH A and B on "
               "every entry. Compute e = np.exp(-np.abs(z)) once: it never overflows.")
ARRAY = ("sigmoid and log_sigmoid return NumPy float arrays (a float or 0-d array for a plain number): "
         "a Python list built entry by entry is not what the task asks for; work on the whole array "
         "with NumPy (np.exp, np.where, np.log1p).")


def _sigmoid(z):
    """Reference: σ(z) = exp(log σ(z)), with log σ(z) = −logaddexp(0, −z) (no overflow)."""
    return np.exp(-np.logaddexp(0.0, -np.asarray(z, dtype=float)))


def _log_sigmoid(z):
    return -np.logaddexp(0.0, -np.asarray(z, dtype=float))


@test_case(points=0.75, hidden=False)
def test_small_logits(sigmoid):
    """sigmoid([-2, 0, 2]) ≈ [0.1192, 0.5, 0.8808], and sigmoid(0.0) = 0.5 for a plain number"""
    z = np.array([-2.0, 0.0, 2.0])
    expect_close(sigmoid(z.copy()), _sigmoid(z), what="sigmoid([-2, 0, 2])",
                 misconceptions={SIGN: _sigmoid(-z)})
    expect_close(sigmoid(0.0), 0.5, what="sigmoid(0.0)")
    expect_close(sigmoid([1.0, -3.0]), _sigmoid([1.0, -3.0]), what="sigmoid([1.0, -3.0]) (a list)",
                 misconceptions={SIGN: _sigmoid([-1.0, 3.0])})


@test_case(points=0.75, hidden=False)
def test_extreme_logits(sigmoid):
    """sigmoid([-1000, -40, 40, 1000]) is finite: about [0, 4.2e-18, 1, 1]"""
    z = np.array([-1000.0, -40.0, 40.0, 1000.0])
    what = "sigmoid([-1000, -40, 40, 1000])"
    got = sigmoid(z.copy())
    expect_finite(got, what=what, hint=OVERFLOW, verdict="returned NaN or inf for a large |z|")
    expect_close(got, _sigmoid(z), rtol=1e-12, atol=1e-15, what=what,
                 misconceptions={SIGN: _sigmoid(-z)})


@test_case(points=0.75, hidden=False)
def test_log_sigmoid(log_sigmoid):
    """log_sigmoid([-1000, -2, 0, 2, 1000]) ≈ [-1000, -2.1269, -0.6931, -0.1269, 0]"""
    z = np.array([-1000.0, -2.0, 0.0, 2.0, 1000.0])
    what = "log_sigmoid([-1000, -2, 0, 2, 1000])"
    got = log_sigmoid(z.copy())
    expect_finite(got, what=what, hint=LOG0, verdict="returned −inf or nan for a very negative z")
    expect_close(got, _log_sigmoid(z), rtol=1e-12, atol=1e-15, what=what,
                 misconceptions={LOG_SIGN: _log_sigmoid(-z)})


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.75
