"""error_order: (p, C) of the least-squares line ln e = p ln h + ln C through (h, error) pairs."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.derivatives import wiggle, wiggle_prime
from course.runtime.testing import (Mismatch, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "error_order"
hints = [
    "Work with u = np.log(h) and v = np.log(errors): in these coordinates the power law C·h^p is the "
    "straight line v = p·u + ln C, and you fit its slope and intercept.",
    "Centre both: du = u - u.mean(), dv = v - v.mean(). The least-squares slope is "
    "p = sum(du * dv) / sum(du * du), and the intercept is c = v.mean() - p * u.mean().",
    "Return (float(p), float(np.exp(c))). Validate first: equal lengths, at least 2 points, all values "
    "> 0, and sum(du * du) > 0 (not all h equal) — otherwise raise ValueError.",
]
bans = {"error_order": ["numpy.polyfit", "numpy.polynomial", "numpy.linalg.lstsq", "numpy.cov",
                        "numpy.corrcoef", "scipy"]}
ban_reason = ("compute the least-squares slope and intercept yourself from the centred sums "
              "p = Σ(uᵢ − ū)(vᵢ − v̄) / Σ(uᵢ − ū)²; np.polyfit, np.linalg.lstsq and scipy.stats are "
              "fine in your own work from notebook 2 of this step on, but not inside this function.")

ENDPOINTS = ("your slope uses only the first and last points; fit all of them by least squares: "
             "p = Σ(uᵢ − ū)(vᵢ − v̄) / Σ(uᵢ − ū)² with u = ln h, v = ln error.")
SWAPPED = ("you regressed ln h on ln error (the axes swapped); the slope p is d(ln error)/d(ln h): "
           "divide by Σ(uᵢ − ū)² with u = ln h.")
NOT_LOG = ("you fitted a line to h and the errors themselves; a power law is a straight line only "
           "after taking logarithms of both.")
INTERCEPT = ("you returned the intercept c = ln C; the constant in error ≈ C·h^p is C = e^c "
             "(np.exp(c)).")
MIXED_BASE = ("you mixed logarithm bases: with log10 the intercept is log10 C, so C = 10**c; with "
              "np.log, C = np.exp(c). Natural logarithms throughout are simplest.")

EQUAL_STEPS = ("all the steps are equal here, but rounding makes Σ(uᵢ − ū)² a tiny non-zero number "
               "rather than exactly 0 (the mean of equal logarithms is not always exactly that "
               "logarithm); test the steps themselves, e.g. np.all(h == h[0]), before dividing.")
SOME_EQUAL = ("raise only when ALL the steps are equal (np.all(h == h[0])); steps such as "
              "[0.1, 0.02, 0.1] repeat a value but still spread out, so the slope is defined.")
NOT_FLOAT = ("return the tuple (p, C) of two plain floats, e.g. (float(p), float(C)), not arrays.")


def _fit(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    slope = np.sum((x - x.mean()) * (y - y.mean())) / np.sum((x - x.mean()) ** 2)
    return slope, y.mean() - slope * x.mean()


def _check(got, h, errors, what):
    """Compare (p, C) with np.polyfit in log-log space, naming the usual mistakes."""
    h, errors = np.asarray(h, dtype=float), np.asarray(errors, dtype=float)
    u, v = np.log(h), np.log(errors)
    p_ref, c_ref = np.polyfit(u, v, 1)
    p, C = expect_tuple(got, 2, what=what, names="p, C")
    for value, label in ((p, "p"), (C, "C")):
        expect_true(isinstance(value, (float, np.floating)),
                    f"{label} from {what} is {type(value).__name__}, not a float.",
                    verdict=f"{label} is a {type(value).__name__}, not a float", hint=NOT_FLOAT)
    ends = (v[-1] - v[0]) / (u[-1] - u[0])
    expect_close(p, p_ref, rtol=1e-9, atol=1e-12, what=f"the order p from {what}",
                 misconceptions={ENDPOINTS: ends, SWAPPED: _fit(v, u)[0], NOT_LOG: _fit(h, errors)[0]})
    c10 = np.log10(errors).mean() - p_ref * np.log10(h).mean()
    expect_close(C, np.exp(c_ref), rtol=1e-9, atol=0, what=f"the constant C from {what}",
                 misconceptions={INTERCEPT: c_ref, MIXED_BASE: np.exp(c10)})


@test_case(points=0.75, hidden=False)
def test_exact_power_law(error_order):
    """error_order([0.1, 0.01, 0.001], [0.05, 0.0005, 0.000005]) = (2, 5): the errors are exactly 5h²"""
    h = [0.1, 0.01, 0.001]
    errors = [0.05, 0.0005, 0.000005]
    _check(error_order(h, errors), h, errors, "error_order([0.1, 0.01, 0.001], [0.05, 5e-4, 5e-6])")


@test_case(points=0.75, hidden=False)
def test_noisy_points(error_order):
    """error_order([1, 0.5, 0.25, 0.125], [0.8, 0.3, 0.05, 0.02]) ≈ (1.8551, 0.85645): a least-squares fit"""
    h = np.array([1.0, 0.5, 0.25, 0.125])
    errors = np.array([0.8, 0.3, 0.05, 0.02])
    _check(error_order(h.copy(), errors.copy()), h, errors,
           "error_order([1, 0.5, 0.25, 0.125], [0.8, 0.3, 0.05, 0.02])")


@test_case(points=0.25, hidden=False)
def test_invalid_input(error_order):
    """unequal lengths, a single point and a zero error raise ValueError"""
    expect_raises(ValueError, error_order, [0.1, 0.01, 0.001], [1e-2, 1e-4],
                  what="error_order([0.1, 0.01, 0.001], [1e-2, 1e-4])", when="(3 steps, 2 errors)")
    expect_raises(ValueError, error_order, [0.1], [0.01], what="error_order([0.1], [0.01])")
    expect_raises(ValueError, error_order, [0.1, 0.01], [1e-2, 0.0],
                  what="error_order([0.1, 0.01], [1e-2, 0.0])", when="(log 0 is undefined)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.25
