"""derivative_rules: product_rule, quotient_rule and chain_rule from functions and their derivatives."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.derivatives import (cosine, cosine_prime, cube, cube_prime, exponential,
                                          exponential_prime, line, line_prime, natural_log,
                                          natural_log_prime, sigmoid, sigmoid_prime, sine,
                                          sine_prime, softplus, softplus_prime, square,
                                          square_prime, wiggle, wiggle_prime)
from course.runtime.testing import Mismatch, expect_close, expect_unchanged

OK_FORMAT = False
name = "derivative_rules"
hints = [
    "Evaluate what each rule needs at x — u(x), du(x), v(x), dv(x) — and combine those values; "
    "the functions work on whole arrays, so no loop is needed.",
    "Product: du(x)·v(x) + u(x)·dv(x). Quotient: (du(x)·v(x) − u(x)·dv(x)) / v(x)², after checking "
    "np.any(v(x) == 0). Chain: the outer derivative is evaluated at the inner VALUE.",
    "In chain_rule, first compute the inner value z = inner(x); the outer derivative is taken at z, "
    "and the result is multiplied by the inner derivative at x.",
]

PRODUCT_OF_DERIVATIVES = ("the derivative of a product is not the product of the derivatives: "
                          "(uv)′ = u′v + uv′.")
PRODUCT_ONE_TERM = "the product rule has two terms, u′v + uv′: each factor is differentiated in turn."
QUOTIENT_SWAPPED = ("the numerator of the quotient rule is u′v − uv′ (the derivative of the numerator "
                    "u comes first); you have its negative.")
QUOTIENT_OVER_V = "the quotient rule divides by v², not by v: (u′v − uv′) / v²."
QUOTIENT_RATIO = ("the derivative of a quotient is not the quotient of the derivatives: "
                  "(u/v)′ = (u′v − uv′) / v².")
OUTER_AT_X = ("evaluate the outer derivative at the inner value: d_outer(inner(x)) * d_inner(x), "
              "not d_outer(x) * d_inner(x).")
MISSING_INNER = ("you left out the inner derivative: the chain rule multiplies d_outer(inner(x)) by "
                 "d_inner(x).")
OUTER_OF_INNER_PRIME = ("the outer derivative is evaluated at inner(x), the inner function's value, "
                        "not at d_inner(x).")

OUTER_VALUE = ("you multiplied by outer(inner(x)), the outer function's value; the chain rule needs "
               "its derivative there: d_outer(inner(x)) * d_inner(x).")
INNER_VALUE = ("you multiplied by inner(x); the chain rule multiplies by the inner DERIVATIVE: "
               "d_outer(inner(x)) * d_inner(x).")
APPROXIMATE = ("your result is close to the exact derivative but not equal to it (a relative error "
               "of about {error:.0e}): did you use a difference quotient? Combine the exact values "
               "u(x), du(x), v(x), dv(x) (or inner/outer and their derivatives) with the rule: "
               "the answer is then right to the last digits.")
ANY_ZERO = ("raise ValueError when v(x) is zero at ANY entry of x: test np.any(v(x) == 0) — "
            "`if v(x) == 0` works for a single number only, and a NaN or inf in the result is not "
            "an error message.")
TRUTH_VALUE = ("`if v(x) == 0:` on an array raises 'truth value of an array is ambiguous'; for x of "
               "any shape test np.any(v(x) == 0).")
ONLY_ZERO = ("only v(x) == 0 exactly makes the quotient undefined: a tiny non-zero v(x) (here "
             "below 1e-17) is valid, so do not raise for it (no threshold such as abs(v) < 1e-12).")


def _exact(got, expected, what, misconceptions, rtol=1e-10, atol=1e-13):
    """expect_close, and a nearly-right answer is named: a difference quotient instead of the rule."""
    try:
        expect_close(got, expected, rtol=rtol, atol=atol, what=what, misconceptions=misconceptions)
    except Mismatch as failure:
        if failure.kind != "values":
            raise
        with np.errstate(all="ignore"):
            g, e = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
            error = float(np.max(np.abs(g - e) / np.maximum(np.abs(e), 1e-300)))
        if not 0 < error < 1e-3:
            raise
        hint = APPROXIMATE.format(error=error)
        raise Mismatch(f"{failure.detail} Hint: {hint}", verdict=f"{failure.verdict}; {hint}",
                       hint=hint, kind="values") from None


def _quotient_call(quotient_rule, args, what):
    """Call quotient_rule where a value is due: name the `if v(x) == 0` on an array, or a threshold."""
    try:
        return quotient_rule(*args)
    except ValueError as exc:
        hint = TRUTH_VALUE if "truth value" in str(exc) else ONLY_ZERO
        raise Mismatch(f"{what} raised ValueError ({exc}). Hint: {hint}",
                       verdict=f"raised ValueError; {hint}", hint=hint, kind="raised") from None


def _expect_value_error(quotient_rule, args, what):
    """v(x) = 0 at some entry: ValueError, not a result with NaN or inf in it."""
    try:
        result = quotient_rule(*args)
    except ValueError:
        return
    raise Mismatch(f"{what} should raise ValueError, but it returned {result!r}. Hint: {ANY_ZERO}",
                   verdict=f"returned normally where ValueError was expected; {ANY_ZERO}",
                   hint=ANY_ZERO, kind="values")


def _product_wrong(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    return [(du(x) * dv(x), PRODUCT_OF_DERIVATIVES), (du(x) * v(x), PRODUCT_ONE_TERM),
            (u(x) * dv(x), PRODUCT_ONE_TERM)]


def _quotient_wrong(u, du, v, dv, x):
    x = np.asarray(x, dtype=float)
    numerator = du(x) * v(x) - u(x) * dv(x)
    return {QUOTIENT_SWAPPED: -numerator / v(x) ** 2, QUOTIENT_OVER_V: numerator / v(x),
            QUOTIENT_RATIO: du(x) / dv(x)}


def _chain_wrong(outer, d_outer, inner, d_inner, x):
    x = np.asarray(x, dtype=float)
    return {OUTER_AT_X: d_outer(x) * d_inner(x), MISSING_INNER: d_outer(inner(x)),
            OUTER_OF_INNER_PRIME: d_outer(d_inner(x)) * d_inner(x),
            OUTER_VALUE: outer(inner(x)) * d_inner(x), INNER_VALUE: d_outer(inner(x)) * inner(x)}


@test_case(points=0.75, hidden=False)
def test_product_rule(product_rule):
    """product_rule(square, square_prime, cube, cube_prime, 2.0) = 80, since x²·x³ = x⁵ has derivative 5x⁴"""
    _exact(product_rule(square, square_prime, cube, cube_prime, 2.0), 80.0,
           "product_rule(square, square_prime, cube, cube_prime, 2.0)",
           _product_wrong(square, square_prime, cube, cube_prime, 2.0), rtol=1e-12)


@test_case(points=0.75, hidden=False)
def test_quotient_rule(quotient_rule):
    """quotient_rule(square, square_prime, cube, cube_prime, 2.0) = −0.25 (x²/x³ = 1/x); v(x) = 0 raises ValueError"""
    _exact(quotient_rule(square, square_prime, cube, cube_prime, 2.0), -0.25,
           "quotient_rule(square, square_prime, cube, cube_prime, 2.0)",
           _quotient_wrong(square, square_prime, cube, cube_prime, 2.0), rtol=1e-12)
    _expect_value_error(quotient_rule, (line, line_prime, square, square_prime, 0.0),
                        "quotient_rule(line, line_prime, square, square_prime, 0.0) (v(0) = 0² = 0)")


@test_case(points=0.75, hidden=False)
def test_chain_rule(chain_rule):
    """chain_rule(sine, sine_prime, square, square_prime, 3.0) = cos(9)·6 ≈ −5.4668, the derivative of sin(x²)"""
    _exact(chain_rule(sine, sine_prime, square, square_prime, 3.0), 6 * np.cos(9.0),
           "chain_rule(sine, sine_prime, square, square_prime, 3.0)",
           _chain_wrong(sine, sine_prime, square, square_prime, 3.0), rtol=1e-12)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.75
