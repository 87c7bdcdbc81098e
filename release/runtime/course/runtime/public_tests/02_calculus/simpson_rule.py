"""simpson_rule: the composite Simpson rule (n even), exact for cubics, with its h⁴ error."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.functions.backprop import (Exp, NormalDensity, Polynomial, Sin, TimesDensity,
                                       gaussian_bump, gaussian_bump_integral)
from course.runtime.testing import expect_close, expect_raises, expect_true

OK_FORMAT = False
name = "simpson_rule"
hints = [
    "Same grid as the trapezoid rule: h = (b - a) / n and y = f(np.linspace(a, b, n + 1)); first "
    "raise ValueError unless n is a positive even integer.",
    "The weights are 1, 4, 2, 4, 2, ..., 2, 4, 1 times h/3: 4 on the odd-numbered nodes y[1:-1:2], 2 "
    "on the even interior nodes y[2:-1:2].",
    "return float(h / 3 * (y[0] + 4 * y[1:-1:2].sum() + 2 * y[2:-1:2].sum() + y[-1]))",
]
bans = {"simpson": ["scipy", "numpy.trapezoid"]}
ban_reason = ("write the weighted sum (h/3)·(f₀ + 4f₁ + 2f₂ + … + 4fₙ₋₁ + fₙ) yourself (your own "
              "trapezoid may help); scipy.integrate.simpson and np.trapezoid are the tools to use "
              "once you have.")

SWAPPED = ("the weights 4 and 2 are swapped: the 4 belongs to the MIDDLE node of each pair of "
           "subintervals (odd indices y[1], y[3], ...), the 2 to the nodes shared by two parabolas "
           "(even interior indices y[2], y[4], ...).")
NO_THIRD = "the sum must be multiplied by h/3, not by h."
SHARED_ONCE = ("the interior nodes with even index belong to TWO parabolas (the one ending there and "
               "the one starting there), so they get weight 2, not 1: the weights are 1, 4, 2, 4, ..., "
               "2, 4, 1.")
HALF = ("the result is half the right value: with h = (b − a)/n the factor is h/3 (h/6 is for the "
        "width 2h of one parabola's interval, which you would then have to use as h).")
TRAPEZOID = "this is the trapezoid rule's value: Simpson weights the nodes 1, 4, 2, 4, ..., 2, 4, 1 times h/3."
ARANGE = ("your nodes are not the n + 1 points a, a + h, …, b: np.arange with a float step can "
          "give one node too many (or too few) through rounding. Use np.linspace(a, b, n + 1).")
REVERSED = ("for a > b the integral changes sign: h = (b − a)/n is negative. Do not swap the bounds "
            "or take |b − a|; np.linspace(a, b, n + 1) runs from a to b either way.")
SECOND_ORDER = ("the error falls by only about 4 when n doubles (order h², like the trapezoid rule); "
                "Simpson's rule falls by about 16. Check the weights 1, 4, 2, 4, ..., 2, 4, 1 and h/3.")


@test_case(points=1, hidden=False)
def test_sine_on_zero_to_pi(simpson):
    """simpson(sin, 0, π, 4) = 2.0045597549844207 (the exact integral is 2)"""
    expect_close(simpson(Sin(1.0), 0.0, math.pi, 4), 2.0045597549844207, rtol=1e-12,
                 what="simpson(sin, 0, π, 4)",
                 misconceptions={SWAPPED: 1.7876780408896584, NO_THIRD: 6.013679264953263,
                                 SHARED_ONCE: 1.7427603671852712, HALF: 1.0022798774922104,
                                 TRAPEZOID: 1.8961188979370398})


@test_case(points=0.5, hidden=False)
def test_exact_for_cubics(simpson):
    """cubics are integrated exactly: simpson(x³ − 2x + 1, −1, 2, 2) = simpson(…, −1, 2, 6) = 3.75"""
    f = Polynomial([1.0, -2.0, 0.0, 1.0])
    for n in (2, 6):
        expect_close(simpson(f, -1.0, 2.0, n), 3.75, rtol=1e-12, what=f"simpson(x³ − 2x + 1, −1, 2, {n})")


@test_case(points=0.5, hidden=False)
def test_error_order_four(simpson):
    """∫₀² exp(−x²) dx with n = 8, 16, 32: the error falls by about 16 each time n doubles"""
    exact = gaussian_bump_integral(0.0, 2.0)
    values = []
    for n in (8, 16, 32):
        value = simpson(gaussian_bump, 0.0, 2.0, n)
        expect_true(np.ndim(value) == 0 and np.isfinite(value),
                    f"simpson(exp(−x²), 0, 2, {n}) should be a finite number; got {value!r}.",
                    verdict="not a finite number")
        values.append(float(value))
    errors = [abs(v - exact) for v in values]
    ratios = [errors[0] / max(errors[1], 1e-300), errors[1] / max(errors[2], 1e-300)]
    detail = (f"the errors for n = 8, 16, 32 are {', '.join(f'{e:.3g}' for e in errors)}: each doubling "
              f"of n divides them by {ratios[0]:.2f} and {ratios[1]:.2f}")
    expect_true(not all(3.0 < r < 5.0 for r in ratios), detail + ", not by about 16.",
                verdict="the error falls like h², not h⁴", hint=SECOND_ORDER)
    expect_true(all(14.0 < r < 18.0 for r in ratios), detail + "; Simpson's rule divides them by about 16.",
                verdict="the error does not fall like h⁴")


@test_case(points=0.375, hidden=False)
def test_invalid_n(simpson):
    """odd n (3, 1), n = 0, n = -2 and n = 2.5 raise ValueError"""
    f = Polynomial([0.0, 0.0, 1.0])
    for n in (3, 1, 0, -2, 2.5):
        expect_raises(ValueError, simpson, f, 0.0, 1.0, n, what=f"simpson(x², 0, 1, {n})")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.625
