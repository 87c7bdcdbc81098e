"""taylor_degree: the smallest n with M r^(n+1) / (n+1)! <= tol, and that Lagrange bound."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_close, expect_equal, expect_raises, expect_true,
                            expect_tuple)

OK_FORMAT = False
name = "taylor_degree"
hints = [
    "Try n = 0, 1, 2, … in turn and stop at the first n whose bound M·r^(n+1)/(n+1)! is <= tol.",
    "Keep the bound itself in a variable: it starts at M·r for n = 0, and going from n − 1 to n "
    "multiplies it by r / (n + 1). This never builds the huge r^(n+1) or (n+1)!.",
    "Validate first (M < 0, r < 0 or tol <= 0 → ValueError). Loop `for n in range(max_degree + 1)`, "
    "return (n, bound) as soon as bound <= tol, and raise ValueError after the loop.",
]

OFF_BY_ONE = ("the remainder of a degree-n polynomial involves the NEXT derivative: the bound is "
              "M·r^(n+1)/(n+1)!, not M·r^n/n! — your degree is one too high.")
ONE_TOO_LOW = ("your degree is one too low: the bound for degree n is M·r^(n+1)/(n+1)!; return the "
               "first n for which it is <= tol.")
OVERFLOW = ("on a wide interval r^(n+1) and (n+1)! both exceed the float range (≈ 1.8e308) long "
            "before their ratio is small: Python raises OverflowError, NumPy gives inf/inf = nan "
            "or x/inf = 0. Keep only the ratio and update it: bound ← bound · r / (n + 1).")


NOT_INT = ("return the degree as a Python int (e.g. int(n)): a NumPy integer from np.arange or a "
           "float is not what the task asks for.")
NOT_FLOAT = ("return the bound as a float, e.g. float(M) * float(r) to start: with integer M and r "
             "the product M·r is an int.")
STRICT = ("the task asks for the smallest n whose bound is <= tol: when the bound equals tol "
          "exactly, that degree is already enough (you used <).")
MAX_DEGREE = ("max_degree itself may be the answer: try every n from 0 up to AND including "
              "max_degree (range(max_degree + 1)), and raise ValueError only when none is enough.")
NO_RAISE = ("when no degree up to max_degree reaches tol, raise ValueError (after the loop) instead "
            "of returning the last degree tried.")

RECURRENCE = ("the bound you returned for your degree n is not M·r^(n+1)/(n+1)!: start from M·r at "
              "n = 0 and multiply by r / (n + 1) to go from degree n − 1 to degree n.")


def _log_lagrange(M, r, n):
    """log of M r^k / k! for k = n + 1 (the formula of the task text, in log space)."""
    return math.log(M) + (n + 1) * math.log(r) - math.lgamma(n + 2)


def _expect_consistent(n, bound, M, r, what):
    """The returned bound is the task's formula at the returned degree."""
    try:
        n, b = int(n), float(bound)
    except (TypeError, ValueError, OverflowError):
        return
    if n < 0 or not (M > 0 and r > 0) or not (np.isfinite(b) and b > 0):
        return
    if math.isclose(math.log(b), _log_lagrange(M, r, n), rel_tol=0, abs_tol=1e-9):
        return
    hint = RECURRENCE
    if n > 0 and math.isclose(math.log(b), _log_lagrange(M, r, n - 1), rel_tol=0, abs_tol=1e-9):
        hint = OFF_BY_ONE
    raise Mismatch(f"the bound from {what} does not belong to the degree returned. Hint: {hint}",
                   verdict=f"the bound does not belong to the degree returned; {hint}", hint=hint)


def _check(got, expected, what, M=None, r=None):
    """got must be (n, bound) with n the expected Python int and bound the expected float."""
    n_ref, bound_ref = expected
    n, bound = expect_tuple(got, 2, what=what, names="n, bound")
    if M is not None:
        _expect_consistent(n, bound, M, r, what)
    expect_equal(n, n_ref, what=f"the degree from {what}",
                 misconceptions={OFF_BY_ONE: n_ref + 1, ONE_TOO_LOW: n_ref - 1})
    expect_true(type(n) is int, f"the degree from {what} is a {type(n).__name__}, not a Python int.",
                verdict=f"the degree is a {type(n).__name__}, not a Python int", hint=NOT_INT)
    expect_close(bound, bound_ref, rtol=1e-9, atol=0, what=f"the bound from {what}")
    expect_true(isinstance(bound, float), f"the bound from {what} is a {type(bound).__name__}, "
                "not a float.", verdict=f"the bound is a {type(bound).__name__}, not a float",
                hint=NOT_FLOAT)


def _expect_no_degree(taylor_degree, args, what):
    try:
        got = taylor_degree(*args)
    except ValueError:
        return
    raise Mismatch(f"{what} should raise ValueError, but it returned {got!r}. Hint: {NO_RAISE}",
                   verdict=f"returned normally where ValueError was expected; {NO_RAISE}",
                   hint=NO_RAISE, kind="values")


@test_case(points=0.75, hidden=False)
def test_exp_on_unit_interval(taylor_degree):
    """taylor_degree(e, 1.0, 1e-6) = (9, e/10! ≈ 7.4909e-07): eˣ on [−1, 1]"""
    _check(taylor_degree(np.e, 1.0, 1e-6), (9, np.e / math.factorial(10)), "taylor_degree(e, 1.0, 1e-6)",
           np.e, 1.0)


@test_case(points=0.75, hidden=False)
def test_sin_on_minus_pi_to_pi(taylor_degree):
    """taylor_degree(1.0, π, 1e-3) = (12, π¹³/13! ≈ 4.663e-04): sin on [−π, π]"""
    _check(taylor_degree(1.0, np.pi, 1e-3), (12, np.pi**13 / math.factorial(13)),
           "taylor_degree(1.0, pi, 1e-3)", 1.0, np.pi)


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(taylor_degree):
    """tol = 0, r < 0 and M < 0 raise ValueError"""
    expect_raises(ValueError, taylor_degree, 1.0, 1.0, 0.0, what="taylor_degree(1.0, 1.0, 0.0)")
    expect_raises(ValueError, taylor_degree, 1.0, -1.0, 1e-3, what="taylor_degree(1.0, -1.0, 1e-3)")
    expect_raises(ValueError, taylor_degree, -1.0, 1.0, 1e-3, what="taylor_degree(-1.0, 1.0, 1e-3)")


@test_case(points=0.5, hidden=True)
def test_wide_intervals(taylor_degree):
    """wide intervals (r = 30 and r = 60) where r^(n+1) and (n+1)! overflow a float"""
    def _reference(M, r, tol, max_degree=1000):
        """Smallest degree and its bound, computed in log space with lgamma."""
        if M == 0 or r == 0:
            return 0, 0.0
        for n in range(max_degree + 1):
            log_bound = math.log(M) + (n + 1) * math.log(r) - math.lgamma(n + 2)
            if log_bound <= math.log(tol):
                return n, math.exp(log_bound)
        raise AssertionError("no degree is enough")

    for M, r, tol in ((1.0, 30.0, 1e-8), (1.0, 60.0, 1e-10), (math.exp(60.0), 60.0, 1e-6)):
        what = f"taylor_degree on an interval of radius {r:g}"
        try:
            got = taylor_degree(M, r, tol)
        except (OverflowError, ValueError) as exc:
            raise Mismatch(f"{what} raised {type(exc).__name__} ({exc}). Hint: {OVERFLOW}",
                           verdict=f"raised {type(exc).__name__}; {OVERFLOW}", hint=OVERFLOW,
                           kind="raised") from None
        n, bound = expect_tuple(got, 2, what=what, names="n, bound")
        try:
            broken = not np.isfinite(float(bound)) or float(bound) == 0.0   # inf/inf, or x/inf
        except (TypeError, ValueError):
            broken = False   # not a number: _check reports it
        if broken:
            raise Mismatch(f"the bound from {what} is {bound}, but M > 0 and r > 0. Hint: {OVERFLOW}",
                           verdict=f"the bound is {bound}; {OVERFLOW}", hint=OVERFLOW)
        _check(got, _reference(M, r, tol), what, M, r)


@test_case(points=0.5, hidden=True)
def test_other_intervals_and_edges(taylor_degree):
    """narrow and medium intervals, r = 0, M = 0, a loose tolerance, and max_degree too small"""
    def _reference(M, r, tol, max_degree=1000):
        """Smallest degree and its bound, computed in log space with lgamma."""
        if M == 0 or r == 0:
            return 0, 0.0
        for n in range(max_degree + 1):
            log_bound = math.log(M) + (n + 1) * math.log(r) - math.lgamma(n + 2)
            if log_bound <= math.log(tol):
                return n, math.exp(log_bound)
        raise AssertionError("no degree is enough")

    for M, r, tol in ((math.exp(3.0), 2.0, 1e-12), (1.0, 0.1, 1e-9), (2.0, 5.0, 1e-4)):
        _check(taylor_degree(M, r, tol), _reference(M, r, tol),
               f"taylor_degree on an interval of radius {r:g}", M, r)
    _check(taylor_degree(5.0, 0.0, 1e-8), _reference(5.0, 0.0, 1e-8), "taylor_degree with r = 0")
    _check(taylor_degree(0.0, 3.0, 1e-8), _reference(0.0, 3.0, 1e-8), "taylor_degree with M = 0")
    _check(taylor_degree(1.0, 0.5, 2.0), _reference(1.0, 0.5, 2.0),
           "taylor_degree with a tolerance above M·r")
    _check(taylor_degree(2, 3, 1e-5), _reference(2, 3, 1e-5), "taylor_degree with integer M and r")
    _expect_no_degree(taylor_degree, (1.0, 10.0, 1e-6, 5), "taylor_degree(M, r, tol, max_degree=5)")


@test_case(points=0.25, hidden=True)
def test_boundaries_and_types(taylor_degree):
    """a bound exactly equal to tol, max_degree exactly enough, integer M and r with a loose tol"""
    got = taylor_degree(2.0, 1.0, 1.0)      # bounds 2, then 2·1/2 = 1.0 exactly
    n, _ = expect_tuple(got, 2, what="taylor_degree with a bound equal to tol", names="n, bound")
    expect_equal(n, 1, what="the degree when a bound equals tol exactly",
                 misconceptions={STRICT: 2})
    _check(got, (1, 1.0), "taylor_degree with a bound equal to tol")
    # e / 10! <= 1e-6 first at n = 9: max_degree = 9 is exactly enough, 8 is not
    try:
        got = taylor_degree(np.e, 1.0, 1e-6, 9)
    except ValueError:
        raise Mismatch(f"taylor_degree(M, r, tol, max_degree) raised ValueError although max_degree "
                       f"itself is enough. Hint: {MAX_DEGREE}",
                       verdict=f"raised ValueError where max_degree is enough; {MAX_DEGREE}",
                       hint=MAX_DEGREE, kind="raised") from None
    _check(got, (9, np.e / math.factorial(10)), "taylor_degree with max_degree exactly enough")
    _expect_no_degree(taylor_degree, (np.e, 1.0, 1e-6, 8), "taylor_degree with max_degree one short")
    _check(taylor_degree(2, 3, 10), (0, 6.0), "taylor_degree(2, 3, 10) (integer M and r)")
