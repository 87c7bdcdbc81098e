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


@test_case(points=0.25, hidden=True)
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


@test_case(points=0.25, hidden=True)
def test_equal_steps_scales_and_integers(error_order):
    """equal steps that are not exactly representable raise; repeated but unequal steps; integer inputs; tiny steps and errors"""
    for n, value in ((6, 3e-5), (7, 0.123456789)):
        steps = np.full(n, value)
        errors = np.linspace(1e-3, 2e-3, n)
        try:
            error_order(steps, errors)
        except ValueError:
            pass
        else:
            raise Mismatch(f"error_order with {n} equal steps should raise ValueError, but it "
                           f"returned. Hint: {EQUAL_STEPS}",
                           verdict=f"returned normally where ValueError was expected; {EQUAL_STEPS}",
                           hint=EQUAL_STEPS, kind="values")
    _check(error_order([1, 2, 4, 8], [3, 12, 50, 190]), [1, 2, 4, 8], [3, 12, 50, 190],
           "error_order on integer lists")
    # the first and last steps are equal, the others are not: the slope is defined
    h, errors = [0.1, 0.02, 0.005, 0.1], [2e-2, 1e-3, 8e-5, 1.5e-2]
    try:
        got = error_order(h, errors)
    except ValueError:
        raise Mismatch("error_order raised ValueError for steps whose first and last values are "
                       f"equal but that are not all equal. Hint: {SOME_EQUAL}",
                       verdict=f"raised ValueError for steps that are not all equal; {SOME_EQUAL}",
                       hint=SOME_EQUAL, kind="raised") from None
    _check(got, h, errors, "error_order on unsorted steps, two of them equal")
    rng = np.random.default_rng(5302)
    h = np.geomspace(1e-8, 1e-12, 5)
    errors = 1e-200 * h**1.5 * np.exp(rng.normal(scale=0.2, size=5))
    _check(error_order(h, errors), h, errors, "error_order on steps near 1e-10 and errors near 1e-215")
