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


@test_case(points=0.25, hidden=True)
def test_shapes_integers_and_inputs(sigmoid, log_sigmoid):
    """arrays of shapes (7,) and (3, 4) with entries in [-900, 900], a plain number, integer input; z is left unchanged"""
    rng = np.random.default_rng(40201)
    for shape in ((7,), (3, 4)):
        z = rng.uniform(-900.0, 900.0, size=shape)
        z0 = z.copy()
        got = sigmoid(z)
        expect_finite(got, what=f"sigmoid of an array of shape {shape}", hint=OVERFLOW,
                      verdict="returned NaN or inf for a large |z|")
        expect_close(got, _sigmoid(z0), rtol=1e-12, atol=1e-15,
                     what=f"sigmoid of an array of shape {shape}", misconceptions={SIGN: _sigmoid(-z0)})
        expect_unchanged(z0, z, what="z")
        got = log_sigmoid(z)
        expect_finite(got, what=f"log_sigmoid of an array of shape {shape}", hint=LOG0,
                      verdict="returned −inf or nan for a very negative z")
        expect_close(got, _log_sigmoid(z0), rtol=1e-12, atol=1e-15,
                     what=f"log_sigmoid of an array of shape {shape}",
                     misconceptions={LOG_SIGN: _log_sigmoid(-z0)})
        expect_unchanged(z0, z, what="z")
    expect_close(sigmoid(-1.5), _sigmoid(-1.5), what="sigmoid of a plain number")
    expect_close(log_sigmoid(-1.5), _log_sigmoid(-1.5), what="log_sigmoid of a plain number")
    z_int = np.array([-800, -3, 0, 2, 5, 900])
    expect_same_on_integers(
        lambda a: expect_close(sigmoid(a), _sigmoid(z_int), rtol=1e-12, atol=1e-15,
                               what="sigmoid of an integer array"),
        z_int, what="sigmoid of an integer array")
    expect_same_on_integers(
        lambda a: expect_close(log_sigmoid(a), _log_sigmoid(z_int), rtol=1e-12, atol=1e-15,
                               what="log_sigmoid of an integer array"),
        z_int, what="log_sigmoid of an integer array")


@test_case(points=0.25, hidden=True)
def test_wide_range(sigmoid, log_sigmoid):
    """logits spread over [-900, 900]: both functions finite and accurate, including the far tails, and no overflow inside np.exp for z = ±1000"""
    rng = np.random.default_rng(40202)
    z = np.concatenate([rng.uniform(-900, 900, size=12), rng.uniform(-60, 60, size=12),
                        [-745.5, -709.9, 36.5, 37.5, 709.9]])
    got = sigmoid(z.copy())
    expect_finite(got, what="sigmoid on logits in [-900, 900]", hint=OVERFLOW,
                  verdict="returned NaN or inf for a large |z|")
    expect_close(got, _sigmoid(z), rtol=1e-12, atol=1e-15, what="sigmoid on logits in [-900, 900]",
                 misconceptions={SIGN: _sigmoid(-z)})
    got = log_sigmoid(z.copy())
    expect_finite(got, what="log_sigmoid on logits in [-900, 900]", hint=LOG0,
                  verdict="returned −inf or nan for a very negative z")
    expect_close(got, _log_sigmoid(z), rtol=1e-12, atol=1e-15,
                 what="log_sigmoid on logits in [-900, 900]", misconceptions={LOG_SIGN: _log_sigmoid(-z)})
    for func, label in ((sigmoid, "sigmoid"), (log_sigmoid, "log_sigmoid")):
        # NumPy's overflow warning, caught as a warning rather than through np.errstate: errstate
        # holds only in this process, and under `course grade` the learner's code runs in another
        # one, whose warnings come back as warnings (course/remote.py)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with np.errstate(over="warn"):
                func(np.array([-1000.0, 1000.0]))
        if any("overflow" in str(w.message) for w in caught):
            expect_true(False, f"{label}(np.array([-1000.0, 1000.0])) overflows inside np.exp (the task "
                        "asks for no overflow: NumPy warns 'overflow encountered in exp').",
                        verdict=f"{label} overflows for z = ±1000", hint=NO_WARNINGS)


@test_case(points=0.25, hidden=True)
def test_tails_and_return_type(sigmoid, log_sigmoid):
    """relative accuracy in the tails (σ(z) for z from −700 to −20, log σ(z) for z from 20 to 700), and float arrays returned for arrays and lists"""
    z_neg = np.array([-700.0, -300.0, -100.0, -40.0, -20.0])
    got = sigmoid(z_neg.copy())
    expect_finite(got, what="sigmoid in the negative tail", hint=OVERFLOW,
                  verdict="returned NaN or inf for a large |z|")
    if np.shape(got) == z_neg.shape:
        expect_true(np.allclose(np.asarray(got, dtype=float), _sigmoid(z_neg), rtol=1e-12, atol=0),
                    "sigmoid is not accurate in its negative tail.", verdict="inaccurate tail",
                    hint=TAIL)
    expect_close(got, _sigmoid(z_neg), rtol=1e-12, atol=0, what="sigmoid in the negative tail")
    z_pos = -z_neg
    got = log_sigmoid(z_pos.copy())
    expect_finite(got, what="log_sigmoid in the positive tail", hint=LOG0,
                  verdict="returned −inf or nan")
    if np.shape(got) == z_pos.shape:
        expect_true(np.allclose(np.asarray(got, dtype=float), _log_sigmoid(z_pos), rtol=1e-12, atol=0),
                    "log_sigmoid is not accurate in its positive tail.", verdict="inaccurate tail",
                    hint=LOG_TAIL)
    expect_close(got, _log_sigmoid(z_pos), rtol=1e-12, atol=0, what="log_sigmoid in the positive tail")
    for func, label in ((sigmoid, "sigmoid"), (log_sigmoid, "log_sigmoid")):
        for given, kind in ((np.array([-3, 0, 4]), "an integer array"), ([0.5, -1.5, 2.0], "a list")):
            got = func(given)
            try:
                expect_array(got, what=f"{label} of {kind}")
            except AssertionError as exc:
                expect_true(False, str(exc), verdict=f"{label} did not return a float array",
                            hint=ARRAY)
            expect_true(np.shape(got) == np.shape(given),
                        f"{label} of {kind} has shape {np.shape(got)}; expected {np.shape(given)}.",
                        verdict=f"{label} changed the shape")
