"""stable_sigmoid: the logistic sigmoid and its logarithm, finite and accurate for every input."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_finite, expect_same_on_integers, expect_unchanged

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


@test_case(points=0.5, hidden=True)
def test_wide_range(sigmoid, log_sigmoid):
    """logits spread over [-900, 900]: both functions finite and accurate, including the far tails"""
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
