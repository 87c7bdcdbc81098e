"""taylor_polynomial: sum_k f^(k)(a) / k! * (x - a)^k, elementwise in x."""
from math import factorial

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises,
                            expect_same_on_integers, expect_unchanged)

OK_FORMAT = False
name = "taylor_polynomial"
hints = [
    "Term k is derivatives[k] / k! * (x − a)**k, for k = 0, 1, …, n where n = len(derivatives) − 1. "
    "Add the terms up; x may be an array, so every term is an array of x's shape.",
    "Convert first: derivatives = np.asarray(derivatives, dtype=float) and x = np.asarray(x, dtype=float); "
    "start the sum from np.zeros_like(x) so that even degree 0 returns x's shape.",
    "Either use math.factorial(k) and (x - a) ** k, or keep term = (x − a)^k / k! and update it with "
    "term = term * (x - a) / k. Raise ValueError if len(derivatives) == 0.",
]
bans = {"taylor_polynomial": ["numpy.polynomial", "numpy.polyval", "scipy"]}
ban_reason = ("add up the terms f⁽ᵏ⁾(a) / k! · (x − a)^k yourself (math.factorial is fine); "
              "np.polyval, np.polynomial and scipy are fine in your own work from notebook 2 of "
              "this step on, but not inside this function.")

NO_FACTORIAL = ("you left out the factorials: term k is f⁽ᵏ⁾(a) / k! · (x − a)^k — without 1/k! the "
                "polynomial's own derivatives at a do not match f's.")
BY_K = "term k is divided by k! = 1·2·…·k, not by k."
POWERS_OF_X = ("use powers of (x − a), the distance from the expansion point, not powers of x: term k is "
               "f⁽ᵏ⁾(a) / k! · (x − a)^k.")
NO_POWER = ("every term needs the k-th POWER of (x − a): term k is f⁽ᵏ⁾(a) / k! · (x − a)^k, not "
            "f⁽ᵏ⁾(a) / k! · (x − a).")
DROPS_LAST = ("your sum stops one term early: with n + 1 derivatives [f(a), …, f⁽ⁿ⁾(a)] the "
              "polynomial has degree n, so k runs over range(len(derivatives)).")


SIGN = ("the powers are of (x − a), the step from a to x; you used (a − x), which flips the sign "
        "of every odd term.")
SHAPE = ("the result must have the shape of x even for degree 0 (a single derivative): start the "
         "sum from np.zeros_like(x) (x as a float array), so that a constant term still gives an "
         "array of x's shape.")


def _expect_shape(got, x, what):
    """An array x gives a NumPy float array of the shape of x, whatever the degree."""
    if got is None or np.ndim(x) == 0:
        return
    if np.shape(got) != np.shape(x):
        raise Mismatch(f"{what} has shape {np.shape(got)}; x has shape {np.shape(x)}. Hint: {SHAPE}",
                       verdict=f"wrong shape {np.shape(got)}; {SHAPE}", hint=SHAPE, kind="shape")
    expect_array(got, what=what)


def _wrong(derivatives, a, x):
    """The values of the usual mistakes, for targeted feedback."""
    d = np.asarray(derivatives, dtype=float)
    x = np.asarray(x, dtype=float)
    ks = range(len(d))
    s = x - a
    with np.errstate(all="ignore"):
        return {NO_FACTORIAL: sum(d[k] * s**k for k in ks),
                BY_K: sum(d[k] / max(k, 1) * s**k for k in ks),
                POWERS_OF_X: sum(d[k] / factorial(k) * x**k for k in ks),
                NO_POWER: sum(d[k] / factorial(k) * (s if k else 1.0) for k in ks) + 0 * s,
                DROPS_LAST: sum((d[k] / factorial(k) * s**k for k in range(len(d) - 1)), 0 * s),
                SIGN: sum(d[k] / factorial(k) * (-s)**k for k in ks)}


@test_case(points=0.75, hidden=False)
def test_exp_around_zero(taylor_polynomial):
    """taylor_polynomial([1, 1, 1, 1], 0.0, 1.0) = 1 + 1 + 1/2 + 1/6 = 8/3 (eˣ to degree 3 at x = 1)"""
    expect_close(taylor_polynomial([1, 1, 1, 1], 0.0, 1.0), 8 / 3, rtol=1e-12,
                 what="taylor_polynomial([1, 1, 1, 1], 0.0, 1.0)",
                 misconceptions=_wrong([1, 1, 1, 1], 0.0, 1.0))


@test_case(points=0.75, hidden=False)
def test_cube_around_one(taylor_polynomial):
    """taylor_polynomial([1, 3, 6, 6], 1.0, x) rebuilds x³ around a = 1: 27 at x = 3, [0, 1, 27] at x = [0, 1, 3]"""
    derivatives = [1.0, 3.0, 6.0, 6.0]
    expect_close(taylor_polynomial(derivatives, 1.0, 3.0), 27.0, rtol=1e-12,
                 what="taylor_polynomial([1, 3, 6, 6], 1.0, 3.0)",
                 misconceptions=_wrong(derivatives, 1.0, 3.0))
    x = np.array([0.0, 1.0, 3.0])
    got = taylor_polynomial(derivatives, 1.0, x.copy())
    expect_close(got, np.array([0.0, 1.0, 27.0]),
                 rtol=1e-12, atol=1e-12, what="taylor_polynomial([1, 3, 6, 6], 1.0, [0, 1, 3])",
                 misconceptions=_wrong(derivatives, 1.0, x))
    _expect_shape(got, x, "taylor_polynomial([1, 3, 6, 6], 1.0, [0, 1, 3])")


@test_case(points=0.25, hidden=False)
def test_empty_derivatives(taylor_polynomial):
    """an empty list of derivatives raises ValueError"""
    expect_raises(ValueError, taylor_polynomial, [], 0.0, 1.0, what="taylor_polynomial([], 0.0, 1.0)")


@test_case(points=0.75, hidden=True)
def test_high_degrees_on_arrays(taylor_polynomial):
    """sin around π/4 to degree 9 on a 2×4 array, eˣ to degree 20 around 1, random coefficients; inputs unchanged"""
    def _reference(derivatives, a, x):
        coefficients = [d / factorial(k) for k, d in enumerate(np.asarray(derivatives, dtype=float))]
        return np.polynomial.polynomial.polyval(np.asarray(x, dtype=float) - a, coefficients)

    rng = np.random.default_rng(5601)
    a = np.pi / 4
    d_sin = np.array([np.sin(a), np.cos(a), -np.sin(a), -np.cos(a)] * 3)[:10]
    x = rng.uniform(-1, 2, size=(2, 4))
    d0, x0 = d_sin.copy(), x.copy()
    got = taylor_polynomial(d_sin, a, x)
    what = "taylor_polynomial for sin around π/4, degree 9, on a 2×4 array"
    _expect_shape(got, x0, what)
    expect_close(got, _reference(d0, a, x0), rtol=1e-10, atol=1e-12, what=what,
                 misconceptions=_wrong(d0, a, x0))
    expect_unchanged(d0, d_sin, what="derivatives")
    expect_unchanged(x0, x, what="x")
    expect_close(got, np.sin(x0), rtol=0, atol=1e-4,
                 what="taylor_polynomial for sin around π/4, degree 9, compared with sin itself")
    x = rng.uniform(-1, 4, size=6)
    d_exp = [np.e] * 21
    expect_close(taylor_polynomial(d_exp, 1.0, x), _reference(d_exp, 1.0, x), rtol=1e-10,
                 what="taylor_polynomial for eˣ around 1, degree 20, on 6 points",
                 misconceptions=_wrong(d_exp, 1.0, x))
    for n in (1, 2, 5):
        d = list(rng.normal(size=n + 1))
        a = float(rng.uniform(-2, 2))
        x = float(rng.uniform(-3, 3))
        expect_close(taylor_polynomial(d, a, x), _reference(d, a, x), rtol=1e-10, atol=1e-12,
                     what=f"taylor_polynomial with {n + 1} random derivatives at a float x",
                     misconceptions=_wrong(d, a, x))
    # far from 0: a = 1e8 with x − a small, and steps of size 1e-8 (relative tolerances)
    for a, x in ((1e8, 1e8 + np.array([-0.5, 0.25, 2.0])), (0.3, 0.3 + np.array([1e-8, -3e-8]))):
        d = [2.0, -1.0, 3.0, 0.5]
        what = f"taylor_polynomial around a = {a:g} with x − a of size {np.max(np.abs(x - a)):.0e}"
        got = taylor_polynomial(d, a, x)
        _expect_shape(got, x, what)
        expect_close(got, _reference(d, a, x), rtol=1e-12, atol=0, what=what,
                     misconceptions=_wrong(d, a, x))


@test_case(points=0.5, hidden=True)
def test_degree_zero_and_integers(taylor_polynomial):
    """degree 0 on an array returns an array of the same shape; integer derivatives, a and x, also of high degree"""
    def _reference(derivatives, a, x):
        coefficients = [d / factorial(k) for k, d in enumerate(np.asarray(derivatives, dtype=float))]
        return np.polynomial.polynomial.polyval(np.asarray(x, dtype=float) - a, coefficients)

    x = np.array([[-1.0, 0.0], [2.5, 4.0]])
    got = taylor_polynomial([5.0], 1.0, x)
    _expect_shape(got, x, "taylor_polynomial([5.0], 1.0, a 2×2 array)")
    expect_close(got, np.full((2, 2), 5.0), what="taylor_polynomial([5.0], 1.0, a 2×2 array)")
    got = taylor_polynomial([3], 0, np.array([1, 2, 3]))
    _expect_shape(got, np.array([1, 2, 3]), "taylor_polynomial([3], 0, an integer array)")
    expect_close(taylor_polynomial(np.array([2.0, -1.0]), 0.5, 3.0), 2.0 - 2.5,
                 what="taylor_polynomial of degree 1 at a float x", misconceptions=_wrong([2, -1], 0.5, 3.0))
    d_int = np.array([2, -1, 1, 1])
    x_int = np.array([-2, 0, 1, 5])
    what = "taylor_polynomial with integer derivatives and an integer array x, around a = 2"
    expect_same_on_integers(
        lambda d, xs: expect_close(taylor_polynomial(d, 2, xs), _reference(d_int, 2, x_int),
                                   rtol=1e-12, what=what, misconceptions=_wrong(d_int, 2, x_int)),
        d_int, x_int, what=what)
    # (x - a)**k in integers overflows int64 once |x - a|**k passes 9.2e18 (here 90**15 ≈ 2e29)
    d_int = np.ones(16, dtype=int)
    x_int = np.array([-40, 3, 90])
    what = "taylor_polynomial of degree 15 with integer derivatives and an integer array x far from a = 0"
    expect_same_on_integers(
        lambda d, xs: expect_close(taylor_polynomial(d, 0, xs), _reference(d_int, 0, x_int),
                                   rtol=1e-10, what=what, misconceptions=_wrong(d_int, 0, x_int)),
        d_int, x_int, what=what)
