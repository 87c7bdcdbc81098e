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


@test_case(points=0.25, hidden=True)
def test_product_rule_on_arrays(product_rule):
    """product_rule on a 2×3 array (wiggle(x)·eˣ) and at an int x; x left unchanged"""
    rng = np.random.default_rng(5501)
    X = rng.uniform(-1.5, 1.5, size=(2, 3))
    X0 = X.copy()
    expect_close(product_rule(wiggle, wiggle_prime, exponential, exponential_prime, X),
                 (wiggle_prime(X0) + wiggle(X0)) * np.exp(X0), rtol=1e-10, atol=1e-13,
                 what="product_rule for wiggle(x)·eˣ on a 2×3 array",
                 misconceptions=_product_wrong(wiggle, wiggle_prime, exponential, exponential_prime, X0))
    expect_unchanged(X0, X, what="x")
    expect_close(product_rule(line, line_prime, cube, cube_prime, 2), 3 * 8 + 7 * 12, rtol=1e-12,
                 what="product_rule for (3x + 1)·x³ at an int x",
                 misconceptions=_product_wrong(line, line_prime, cube, cube_prime, 2))


@test_case(points=0.25, hidden=True)
def test_quotient_rule_on_arrays(quotient_rule):
    """quotient_rule for tan = sin/cos on an array, on an integer array, and v(x) = 0 at one entry"""
    rng = np.random.default_rng(5502)
    t = rng.uniform(-1.4, 1.4, size=5)
    t0 = t.copy()
    expect_close(quotient_rule(sine, sine_prime, cosine, cosine_prime, t), 1.0 / np.cos(t0) ** 2,
                 rtol=1e-10, what="quotient_rule for tan x = sin x / cos x on an array",
                 misconceptions=_quotient_wrong(sine, sine_prime, cosine, cosine_prime, t0))
    expect_unchanged(t0, t, what="x")
    xi = np.array([0, 1, 2])
    expect_close(quotient_rule(line, line_prime, exponential, exponential_prime, xi),
                 (3 - (3 * xi + 1)) / np.exp(xi), rtol=1e-12, atol=1e-15,
                 what="quotient_rule for (3x + 1)/eˣ on an integer array",
                 misconceptions=_quotient_wrong(line, line_prime, exponential, exponential_prime, xi))
    expect_raises(ValueError, quotient_rule, line, line_prime, square, square_prime,
                  np.array([1.0, 0.0, 2.0]), what="quotient_rule with v(x) = 0 at one entry of x")


@test_case(points=0.25, hidden=True)
def test_chain_rule_on_arrays(chain_rule):
    """chain_rule for log(sigmoid(x)) and softplus(x³) on arrays of shapes (5,) and (2, 3); x left unchanged"""
    rng = np.random.default_rng(5503)
    x = rng.uniform(-4, 4, size=5)
    x0 = x.copy()
    expect_close(chain_rule(natural_log, natural_log_prime, sigmoid, sigmoid_prime, x),
                 1.0 / (1.0 + np.exp(x0)), rtol=1e-10, atol=1e-13,
                 what="chain_rule for log(sigmoid(x)) on an array",
                 misconceptions=_chain_wrong(natural_log, natural_log_prime, sigmoid, sigmoid_prime, x0))
    expect_unchanged(x0, x, what="x")
    X = rng.uniform(-1.5, 1.5, size=(2, 3))
    expect_close(chain_rule(softplus, softplus_prime, cube, cube_prime, X.copy()),
                 3 * X**2 / (1.0 + np.exp(-X**3)), rtol=1e-10, atol=1e-13,
                 what="chain_rule for softplus(x³) on a 2×3 array",
                 misconceptions=_chain_wrong(softplus, softplus_prime, cube, cube_prime, X))
