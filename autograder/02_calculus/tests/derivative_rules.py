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


@test_case(points=0.25, hidden=True)
def test_product_rule_on_arrays(product_rule):
    """product_rule on a 2×3 array (wiggle(x)·eˣ), at an int x, at x near 1e8 and 1e-8; x left unchanged"""
    rng = np.random.default_rng(5501)
    X = rng.uniform(-1.5, 1.5, size=(2, 3))
    X0 = X.copy()
    _exact(product_rule(wiggle, wiggle_prime, exponential, exponential_prime, X),
           (wiggle_prime(X0) + wiggle(X0)) * np.exp(X0), "product_rule for wiggle(x)·eˣ on a 2×3 array",
           _product_wrong(wiggle, wiggle_prime, exponential, exponential_prime, X0))
    expect_unchanged(X0, X, what="x")
    _exact(product_rule(line, line_prime, cube, cube_prime, 2), 3 * 8 + 7 * 12,
           "product_rule for (3x + 1)·x³ at an int x", _product_wrong(line, line_prime, cube, cube_prime, 2),
           rtol=1e-12)
    for x in (np.array([1e8, -3e7]), np.array([1e-8, -2e-9])):
        _exact(product_rule(square, square_prime, cube, cube_prime, x.copy()), 5 * x**4,
               f"product_rule for x²·x³ at x of size {np.max(np.abs(x)):.0e}",
               _product_wrong(square, square_prime, cube, cube_prime, x), rtol=1e-12, atol=0)


@test_case(points=0.25, hidden=True)
def test_quotient_rule_on_arrays(quotient_rule):
    """quotient_rule for tan = sin/cos on an array, on an integer array, a tiny non-zero v(x), and v(x) = 0 at one entry"""
    rng = np.random.default_rng(5502)
    t = rng.uniform(-1.4, 1.4, size=5)
    t0 = t.copy()
    what = "quotient_rule for tan x = sin x / cos x on an array"
    _exact(_quotient_call(quotient_rule, (sine, sine_prime, cosine, cosine_prime, t), what),
           1.0 / np.cos(t0) ** 2, what, _quotient_wrong(sine, sine_prime, cosine, cosine_prime, t0))
    expect_unchanged(t0, t, what="x")
    xi = np.array([0, 1, 2])
    what = "quotient_rule for (3x + 1)/eˣ on an integer array"
    _exact(_quotient_call(quotient_rule, (line, line_prime, exponential, exponential_prime, xi), what),
           (3 - (3 * xi + 1)) / np.exp(xi), what,
           _quotient_wrong(line, line_prime, exponential, exponential_prime, xi), rtol=1e-12, atol=1e-15)
    _expect_value_error(quotient_rule, (line, line_prime, square, square_prime, np.array([1.0, 0.0, 2.0])),
                        "quotient_rule with v(x) = 0 at one entry of x")
    # v(x) = eˣ is tiny (about 2e-22 and 4e-18) but not zero: the quotient is defined
    xt = np.array([-50.0, -40.0])
    what = "quotient_rule for (3x + 1)/eˣ where eˣ is tiny but not zero"
    _exact(_quotient_call(quotient_rule, (line, line_prime, exponential, exponential_prime, xt), what),
           (2 - 3 * xt) * np.exp(-xt), what,
           _quotient_wrong(line, line_prime, exponential, exponential_prime, xt), rtol=1e-12, atol=0)


@test_case(points=0.25, hidden=True)
def test_chain_rule_on_arrays(chain_rule):
    """chain_rule for log(sigmoid(x)) and softplus(x³) on arrays of shapes (5,) and (2, 3); x left unchanged"""
    rng = np.random.default_rng(5503)
    x = rng.uniform(-4, 4, size=5)
    x0 = x.copy()
    _exact(chain_rule(natural_log, natural_log_prime, sigmoid, sigmoid_prime, x),
           1.0 / (1.0 + np.exp(x0)), "chain_rule for log(sigmoid(x)) on an array",
           _chain_wrong(natural_log, natural_log_prime, sigmoid, sigmoid_prime, x0))
    expect_unchanged(x0, x, what="x")
    X = rng.uniform(-1.5, 1.5, size=(2, 3))
    _exact(chain_rule(softplus, softplus_prime, cube, cube_prime, X.copy()),
           3 * X**2 / (1.0 + np.exp(-X**3)), "chain_rule for softplus(x³) on a 2×3 array",
           _chain_wrong(softplus, softplus_prime, cube, cube_prime, X))
    xi = np.array([-2, 0, 3])
    _exact(chain_rule(exponential, exponential_prime, square, square_prime, xi),
           2.0 * xi * np.exp(xi.astype(float) ** 2), "chain_rule for exp(x²) on an integer array",
           _chain_wrong(exponential, exponential_prime, square, square_prime, xi), rtol=1e-12)
