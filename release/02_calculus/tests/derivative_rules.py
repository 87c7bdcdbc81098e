"""derivative_rules: product_rule, quotient_rule and chain_rule from functions and their derivatives."""
import numpy as np
from otter.test_files import test_case

from course.functions.derivatives import (cosine, cosine_prime, cube, cube_prime, exponential,
                                          exponential_prime, line, line_prime, natural_log,
                                          natural_log_prime, sigmoid, sigmoid_prime, sine,
                                          sine_prime, softplus, softplus_prime, square,
                                          square_prime, wiggle, wiggle_prime)
from course.testing import expect_close, expect_raises, expect_unchanged

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
            OUTER_OF_INNER_PRIME: d_outer(d_inner(x)) * d_inner(x)}


@test_case(points=0.75, hidden=False)
def test_product_rule(product_rule):
    """product_rule(square, square_prime, cube, cube_prime, 2.0) = 80, since x²·x³ = x⁵ has derivative 5x⁴"""
    expect_close(product_rule(square, square_prime, cube, cube_prime, 2.0), 80.0, rtol=1e-12,
                 what="product_rule(square, square_prime, cube, cube_prime, 2.0)",
                 misconceptions=_product_wrong(square, square_prime, cube, cube_prime, 2.0))


@test_case(points=0.75, hidden=False)
def test_quotient_rule(quotient_rule):
    """quotient_rule(square, square_prime, cube, cube_prime, 2.0) = −0.25 (x²/x³ = 1/x); v(x) = 0 raises ValueError"""
    expect_close(quotient_rule(square, square_prime, cube, cube_prime, 2.0), -0.25, rtol=1e-12,
                 what="quotient_rule(square, square_prime, cube, cube_prime, 2.0)",
                 misconceptions=_quotient_wrong(square, square_prime, cube, cube_prime, 2.0))
    expect_raises(ValueError, quotient_rule, line, line_prime, square, square_prime, 0.0,
                  what="quotient_rule(line, line_prime, square, square_prime, 0.0)",
                  when="(v(0) = 0² = 0)")


@test_case(points=0.75, hidden=False)
def test_chain_rule(chain_rule):
    """chain_rule(sine, sine_prime, square, square_prime, 3.0) = cos(9)·6 ≈ −5.4668, the derivative of sin(x²)"""
    expect_close(chain_rule(sine, sine_prime, square, square_prime, 3.0), 6 * np.cos(9.0),
                 rtol=1e-12, what="chain_rule(sine, sine_prime, square, square_prime, 3.0)",
                 misconceptions=_chain_wrong(sine, sine_prime, square, square_prime, 3.0))


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.75
