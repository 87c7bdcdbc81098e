"""taylor_degree: the smallest n with M r^(n+1) / (n+1)! <= tol, and that Lagrange bound."""
import math

import numpy as np
from otter.test_files import test_case

from course.testing import Mismatch, expect_close, expect_equal, expect_raises, expect_tuple

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


def _reference(M, r, tol, max_degree=1000):
    """Smallest degree and its bound, computed in log space with lgamma."""
    if M == 0 or r == 0:
        return 0, 0.0
    for n in range(max_degree + 1):
        log_bound = math.log(M) + (n + 1) * math.log(r) - math.lgamma(n + 2)
        if log_bound <= math.log(tol):
            return n, math.exp(log_bound)
    raise AssertionError("no degree is enough")


def _check(got, M, r, tol, what):
    n_ref, bound_ref = _reference(M, r, tol)
    n, bound = expect_tuple(got, 2, what=what, names="n, bound")
    expect_equal(n, n_ref, what=f"the degree from {what}",
                 misconceptions={OFF_BY_ONE: n_ref + 1, ONE_TOO_LOW: n_ref - 1})
    expect_close(bound, bound_ref, rtol=1e-9, atol=0, what=f"the bound from {what}")


@test_case(points=0.75, hidden=False)
def test_exp_on_unit_interval(taylor_degree):
    """taylor_degree(e, 1.0, 1e-6) = (9, e/10! ≈ 7.4909e-07): eˣ on [−1, 1]"""
    _check(taylor_degree(np.e, 1.0, 1e-6), np.e, 1.0, 1e-6, "taylor_degree(e, 1.0, 1e-6)")


@test_case(points=0.75, hidden=False)
def test_sin_on_minus_pi_to_pi(taylor_degree):
    """taylor_degree(1.0, π, 1e-3) = (12, π¹³/13! ≈ 4.663e-04): sin on [−π, π]"""
    _check(taylor_degree(1.0, np.pi, 1e-3), 1.0, np.pi, 1e-3, "taylor_degree(1.0, pi, 1e-3)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(taylor_degree):
    """tol = 0, r < 0 and M < 0 raise ValueError"""
    expect_raises(ValueError, taylor_degree, 1.0, 1.0, 0.0, what="taylor_degree(1.0, 1.0, 0.0)")
    expect_raises(ValueError, taylor_degree, 1.0, -1.0, 1e-3, what="taylor_degree(1.0, -1.0, 1e-3)")
    expect_raises(ValueError, taylor_degree, -1.0, 1.0, 1e-3, what="taylor_degree(-1.0, 1.0, 1e-3)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1.25
