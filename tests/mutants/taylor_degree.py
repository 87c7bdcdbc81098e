"""Wrong implementations of `taylor_degree`."""
import math

import numpy as np


def _validate(M, r, tol):
    if M < 0 or r < 0 or not tol > 0:
        raise ValueError("bad arguments")


def uses_n_not_n_plus_one(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    bound = float(M)                      # n = 0: M r^0 / 0!
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / n
        if bound <= tol:
            return n, bound
    raise ValueError("not reached")


def float_powers_and_factorials(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    for n in range(max_degree + 1):
        bound = M * float(r) ** (n + 1) / math.factorial(n + 1)
        if bound <= tol:
            return n, bound
    raise ValueError("not reached")


def numpy_powers(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    with np.errstate(all="ignore"):
        for n in range(max_degree + 1):
            bound = M * np.power(float(r), n + 1) / np.prod(np.arange(1.0, n + 2))
            if bound <= tol:
                return n, float(bound)
    return max_degree, float(bound)


def strict_inequality_one_late(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    bound = float(M) * float(r)
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n + 1, bound * r / (n + 2)
    raise ValueError("not reached")


def no_max_degree_error(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    bound = float(M) * float(r)
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n, bound
    return max_degree, bound


def no_validation(M, r, tol, max_degree=1000):
    bound = float(M) * float(r)
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n, bound
    raise ValueError("not reached")


def strict_less_than(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    bound = float(M) * float(r)
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound < tol:
            return n, bound
    raise ValueError("not reached")


def stops_before_max_degree(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    bound = float(M) * float(r)
    for n in range(max_degree):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n, bound
    raise ValueError("not reached")


def numpy_integer_degree(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    bound = float(M) * float(r)
    for n in np.arange(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n, float(bound)
    raise ValueError("not reached")


def integer_bound_at_degree_zero(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    bound = M * r
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n, bound
    raise ValueError("not reached")


def while_loop_off_by_one(M, r, tol, max_degree=1000):
    _validate(M, r, tol)
    n, bound = 0, float(M) * float(r)
    while bound > tol:
        n += 1
        bound *= r / n          # should be r / (n + 1)
        if n > max_degree:
            raise ValueError("not reached")
    return n, bound


def tol_zero_allowed(M, r, tol, max_degree=1000):
    if M < 0 or r < 0 or tol < 0:
        raise ValueError("bad arguments")
    bound = float(M) * float(r)
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n, bound
    raise ValueError("not reached")


MUTANTS = [
    ("taylor_degree", uses_n_not_n_plus_one, "involves the NEXT derivative"),
    ("taylor_degree", float_powers_and_factorials, "Keep only the ratio"),
    ("taylor_degree", numpy_powers, "Keep only the ratio"),
    ("taylor_degree", strict_inequality_one_late, "one too high"),
    ("taylor_degree", no_max_degree_error, "raise ValueError (after the loop)"),
    ("taylor_degree", no_validation, "should raise ValueError"),
    ("taylor_degree", strict_less_than, "(you used <)"),
    ("taylor_degree", stops_before_max_degree, "AND including"),
    ("taylor_degree", numpy_integer_degree, "not a Python int"),
    ("taylor_degree", integer_bound_at_degree_zero, "with integer M and r"),
    ("taylor_degree", while_loop_off_by_one, "multiply by r / (n + 1)"),
    ("taylor_degree", tol_zero_allowed, "taylor_degree(1.0, 1.0, 0.0) should raise"),
]
