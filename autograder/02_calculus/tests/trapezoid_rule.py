"""trapezoid_rule: the composite trapezoid rule with n subintervals, and its h² error."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.backprop import (NormalDensity, Polynomial, Sin, TimesDensity, gaussian_bump,
                                       gaussian_bump_integral)
from course.runtime.testing import expect_close, expect_raises, expect_true

OK_FORMAT = False
name = "trapezoid_rule"
hints = [
    "h = (b - a) / n and the n + 1 nodes are np.linspace(a, b, n + 1); evaluate y = f(nodes) once.",
    "Every interior node belongs to two trapezoids, each endpoint to one: the weights are "
    "h/2, h, h, ..., h, h/2.",
    "Check n first: `if int(n) != n or n < 1: raise ValueError(...)`. Then "
    "return float(h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2)).",
]
bans = {"trapezoid": ["numpy.trapezoid", "scipy"]}
ban_reason = ("write the weighted sum h·(f₀/2 + f₁ + … + fₙ₋₁ + fₙ/2) yourself; np.trapezoid and "
              "scipy.integrate are the tools to use once you have (as the notebook's plots do).")

NOT_HALVED = ("the two endpoints must get weight h/2, not h: each belongs to only one trapezoid "
              "(only the interior nodes are shared by two).")
LEFT_SUM = ("this is a left Riemann sum (rectangles through the left endpoints, f(b) unused); the "
            "trapezoid rule also uses f(b) and weights the endpoints by h/2.")
RIGHT_SUM = ("this is a right Riemann sum (rectangles through the right endpoints, f(a) unused); the "
             "trapezoid rule also uses f(a) and weights the endpoints by h/2.")
N_NODES = ("n is the number of SUBINTERVALS, so there are n + 1 nodes: np.linspace(a, b, n + 1), "
           "with h = (b - a) / n.")
ARANGE = ("your nodes are not the n + 1 points a, a + h, …, b: np.arange with a float step can "
          "give one node too many (or too few) through rounding. Use np.linspace(a, b, n + 1).")
REVERSED = ("for a > b the integral changes sign: h = (b − a)/n is negative. Do not swap the bounds "
            "or take |b − a|; np.linspace(a, b, n + 1) runs from a to b either way.")
FIRST_ORDER = ("the error only halves when n doubles (order h, not h²): that is what a rectangle rule "
               "does. Give the two endpoints the weight h/2.")


@test_case(points=1, hidden=False)
def test_square_on_one_to_three(trapezoid):
    """trapezoid(x², 1, 3, 4) = 8.75 (h = 0.5; the exact integral is 26/3)"""
    f = Polynomial([0.0, 0.0, 1.0])
    expect_close(trapezoid(f, 1.0, 3.0, 4), 8.75, rtol=1e-12, what="trapezoid(x², 1, 3, 4)",
                 misconceptions={NOT_HALVED: 11.25, LEFT_SUM: 6.75, RIGHT_SUM: 10.75,
                                 N_NODES: 8.814814814814813})


@test_case(points=0.5, hidden=False)
def test_straight_line_is_exact(trapezoid):
    """a straight line is integrated exactly: trapezoid(1 + 3x, 0, 2, 1) = trapezoid(1 + 3x, 0, 2, 5) = 8"""
    f = Polynomial([1.0, 3.0])
    expect_close(trapezoid(f, 0.0, 2.0, 1), 8.0, rtol=1e-12, what="trapezoid(1 + 3x, 0, 2, 1)",
                 misconceptions={LEFT_SUM: 2.0, RIGHT_SUM: 14.0, NOT_HALVED: 16.0})
    expect_close(trapezoid(f, 0.0, 2.0, 5), 8.0, rtol=1e-12, what="trapezoid(1 + 3x, 0, 2, 5)")


@test_case(points=0.5, hidden=False)
def test_error_order_two(trapezoid):
    """∫₀² exp(−x²) dx with n = 8, 16, 32: the error falls by about 4 each time n doubles"""
    exact = gaussian_bump_integral(0.0, 2.0)
    values = []
    for n in (8, 16, 32):
        value = trapezoid(gaussian_bump, 0.0, 2.0, n)
        expect_true(np.ndim(value) == 0 and np.isfinite(value),
                    f"trapezoid(exp(−x²), 0, 2, {n}) should be a finite number; got {value!r}.",
                    verdict="not a finite number")
        values.append(float(value))
    errors = [abs(v - exact) for v in values]
    ratios = [errors[0] / max(errors[1], 1e-300), errors[1] / max(errors[2], 1e-300)]
    detail = (f"the errors for n = 8, 16, 32 are {', '.join(f'{e:.3g}' for e in errors)}: each doubling "
              f"of n divides them by {ratios[0]:.2f} and {ratios[1]:.2f}")
    expect_true(not all(1.5 < r < 2.5 for r in ratios), detail + ", not by about 4.",
                verdict="the error falls like h, not h²", hint=FIRST_ORDER)
    expect_true(all(3.5 < r < 4.5 for r in ratios), detail + "; the trapezoid rule divides them by about 4.",
                verdict="the error does not fall like h²")
    expect_close(values[0], 0.8817037913321335, rtol=1e-12,
                 what="trapezoid(exp(−x²), 0, 2, 8)")


@test_case(points=0.375, hidden=False)
def test_invalid_n(trapezoid):
    """n = 0, n = -2 and n = 2.5 raise ValueError"""
    f = Polynomial([0.0, 0.0, 1.0])
    for n in (0, -2, 2.5):
        expect_raises(ValueError, trapezoid, f, 0.0, 1.0, n, what=f"trapezoid(x², 0, 1, {n})")


@test_case(points=0.25, hidden=True)
def test_random_integrands(trapezoid):
    """seeded random polynomials, sines and exp(−x²) on random intervals, n from 1 to 57"""
    rng = np.random.default_rng(2441)
    for n in (1, 3, 10, 57):
        a = float(rng.uniform(-2, 1))
        b = a + float(rng.uniform(0.5, 3))
        for f in (Polynomial(rng.normal(size=4)), Sin(float(rng.uniform(0.5, 3))), gaussian_bump):
            grid = np.linspace(a, b, n + 1)
            expect_close(trapezoid(f, a, b, n), np.trapezoid(f(grid), grid), rtol=1e-10, atol=1e-12,
                         what=f"trapezoid on a random integrand with n = {n}",
                         misconceptions={NOT_HALVED: (b - a) / n * f(grid).sum(),
                                         LEFT_SUM: (b - a) / n * f(grid[:-1]).sum()})


@test_case(points=0.125, hidden=True)
def test_reversed_interval_and_an_expectation(trapezoid):
    """a > b gives the negative, integer bounds and numpy-integer n, and E[X²] = 5 for X ~ N(1, 2²)"""
    f = Sin(1.3)
    grid = np.linspace(0.5, 2.5, 8)
    forward = np.trapezoid(f(grid), grid)
    expect_close(trapezoid(f, 2.5, 0.5, 7), -forward, rtol=1e-10, what="trapezoid(f, 2.5, 0.5, 7)",
                 misconceptions={REVERSED: forward})
    grid = np.linspace(-1, 2, 7)
    square = Polynomial([0.0, 0.0, 1.0])
    expect_close(trapezoid(square, -1, 2, np.int64(6)), np.trapezoid(square(grid), grid), rtol=1e-12,
                 what="trapezoid(x², -1, 2, np.int64(6)) with integer bounds")
    integrand = TimesDensity(square, NormalDensity(1.0, 2.0))
    value = trapezoid(integrand, -15.0, 17.0, 400)
    expect_close(value, 5.0, rtol=1e-7, what="trapezoid(x² · N(x; 1, 4), -15, 17, 400)")


@test_case(points=0.125, hidden=True)
def test_nodes_where_arange_fails_and_scaled_intervals(trapezoid):
    """n = 6 on [0, 1] and n = 10 on [0.1, 0.7], where a float-step np.arange gives a node too many,
    and intervals of width 1e-8 and 1e8 (relative accuracy)"""
    f = Polynomial([1.0, -2.0, 3.0])
    for a, b, n in ((0.0, 1.0, 6), (0.1, 0.7, 10)):
        h = (b - a) / n
        grid = np.linspace(a, b, n + 1)
        wrong = np.arange(a, b + h, h)
        y = f(wrong)
        expect_close(trapezoid(f, a, b, n), np.trapezoid(f(grid), grid), rtol=1e-12, atol=0,
                     what=f"trapezoid(1 − 2x + 3x², {a:g}, {b:g}, {n})",
                     misconceptions={ARANGE: h * (y[0] / 2 + y[1:-1].sum() + y[-1] / 2)})
    for a, b in ((0.0, 1e-8), (0.0, 1e8), (1e8, 1e8 + 1.0)):
        grid = np.linspace(a, b, 5)
        expect_close(trapezoid(f, a, b, 4), np.trapezoid(f(grid), grid), rtol=1e-12, atol=0,
                     what=f"trapezoid(1 − 2x + 3x², {a:g}, {b:g}, 4)")


ONE_CALL = ("f is vectorised: evaluate it once on the array of all n + 1 nodes, "
            "y = f(np.linspace(a, b, n + 1)), instead of calling it on one node at a time.")


@test_case(points=0.125, hidden=True)
def test_f_called_on_the_array_of_nodes(trapezoid):
    """f is called on the array of nodes (here an integrand that accepts only 1-D arrays), not node by node"""
    from course.runtime.functions.gradients import PointsOnly

    f = Polynomial([0.5, -1.0, 2.0])
    what = "trapezoid(f, 0, 2, 8) with an f that accepts only arrays of nodes"
    try:
        got = trapezoid(PointsOnly(f), 0.0, 2.0, 8)
    except ValueError as exc:
        if "takes a single point" not in str(exc):
            raise
        expect_true(False, f"{what} called f with a single number ({exc}).",
                    verdict="called f on single nodes", hint=ONE_CALL)
    grid = np.linspace(0.0, 2.0, 9)
    expect_close(got, np.trapezoid(f(grid), grid), rtol=1e-12, what=what)
