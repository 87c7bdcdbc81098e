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


ONE_CALL = ("f is vectorised: evaluate it once on the array of all n + 1 nodes, "
            "y = f(np.linspace(a, b, n + 1)), instead of calling it on one node at a time.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 0.625
