"""error_order: (p, C) of the least-squares line ln e = p ln h + ln C through (h, error) pairs."""
import numpy as np
from otter.test_files import test_case

from course.functions.derivatives import wiggle, wiggle_prime
from course.testing import expect_close, expect_raises, expect_tuple, expect_unchanged

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


@test_case(points=0.5, hidden=True)
def test_measured_differences(error_order):
    """errors of real forward and central differences of wiggle: orders close to 1 and 2; inputs unchanged"""
    x = 0.4
    h = np.logspace(-1, -4, 7)
    for name, quotient, order in (
            ("forward", (wiggle(x + h) - wiggle(x)) / h, 1),
            ("central", (wiggle(x + h) - wiggle(x - h)) / (2 * h), 2)):
        errors = np.abs(quotient - wiggle_prime(x))
        h0, e0 = h.copy(), errors.copy()
        got = error_order(h, errors)
        _check(got, h0, e0, f"error_order on the errors of a {name} difference")
        expect_close(got[0], order, rtol=0, atol=0.1,
                     what=f"the order measured for the {name} difference")
        expect_unchanged(h0, h, what="h")
        expect_unchanged(e0, errors, what="errors")


@test_case(points=0.5, hidden=True)
def test_random_noisy_power_laws(error_order):
    """noisy power laws with 2 to 12 points, given as arrays and as lists"""
    rng = np.random.default_rng(5301)
    for n, p, C in ((2, 1.0, 3.0), (5, 2.0, 0.02), (8, 4.0, 50.0), (12, 0.5, 1.0)):
        h = np.sort(rng.uniform(1e-4, 1.0, size=n))[::-1]
        errors = C * h**p * np.exp(rng.normal(scale=0.3, size=n))
        given = (list(h), list(errors)) if n % 2 else (h, errors)
        _check(error_order(*given), h, errors, f"error_order on {n} noisy points")


@test_case(points=0.25, hidden=True)
def test_degenerate_input(error_order):
    """all steps equal, a negative step, a negative error raise ValueError"""
    expect_raises(ValueError, error_order, [0.1, 0.1, 0.1], [1e-2, 2e-2, 3e-2],
                  what="error_order with all steps equal", when="(the slope is undefined)")
    expect_raises(ValueError, error_order, [0.1, -0.01], [1e-2, 1e-4],
                  what="error_order with a negative step")
    expect_raises(ValueError, error_order, np.array([0.1, 0.01, 0.001]), np.array([1e-2, -1e-4, 1e-6]),
                  what="error_order with a negative error")
