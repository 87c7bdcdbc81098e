"""Wrong implementations of `taylor_polynomial`."""
from math import factorial

import numpy as np


def _inputs(derivatives, x):
    d = np.asarray(derivatives, dtype=float)
    if len(d) == 0:
        raise ValueError("no derivatives")
    return d, np.asarray(x, dtype=float)


def no_factorial(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    return sum(d[k] * (x - a) ** k for k in range(len(d)))


def divides_by_k(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    return sum(d[k] / max(k, 1) * (x - a) ** k for k in range(len(d)))


def powers_of_x(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    return sum(d[k] / factorial(k) * x**k for k in range(len(d)))


def no_power(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    return d[0] + sum(d[k] / factorial(k) * (x - a) for k in range(1, len(d)))


def stops_one_term_early(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    return np.zeros_like(x) + sum(d[k] / factorial(k) * (x - a) ** k for k in range(len(d) - 1))


def scalar_for_degree_zero(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    total = d[0]
    for k in range(1, len(d)):
        total = total + d[k] / factorial(k) * (x - a) ** k
    return total


def integer_accumulator(derivatives, a, x):
    d = np.asarray(derivatives)
    if len(d) == 0:
        raise ValueError("no derivatives")
    x = np.asarray(x)
    total = np.zeros_like(x)
    total[...] = sum(d[k] / factorial(k) * (x - a) ** k for k in range(len(d)))
    return total[()]


def no_empty_check(derivatives, a, x):
    d, x = np.asarray(derivatives, dtype=float), np.asarray(x, dtype=float)
    return np.zeros_like(x) + sum(d[k] / factorial(k) * (x - a) ** k for k in range(len(d)))


def with_polyval(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    coefficients = [d[k] / factorial(k) for k in range(len(d))]
    return np.polyval(coefficients[::-1], x - a)


def with_np_polynomial(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    coefficients = [d[k] / factorial(k) for k in range(len(d))]
    return np.polynomial.polynomial.polyval(x - a, coefficients)


def with_scipy_factorial(derivatives, a, x):
    from scipy.special import factorial as fact
    d, x = _inputs(derivatives, x)
    return np.zeros_like(x) + sum(d[k] / fact(k) * (x - a) ** k for k in range(len(d)))


def powers_of_a_minus_x(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    return np.zeros_like(x) + sum(d[k] / factorial(k) * (a - x) ** k for k in range(len(d)))


def list_for_arrays(derivatives, a, x):
    d = np.asarray(derivatives, dtype=float)
    if len(d) == 0:
        raise ValueError("no derivatives")
    if np.ndim(x) == 0:
        return sum(d[k] / factorial(k) * (x - a) ** k for k in range(len(d)))
    return [sum(d[k] / factorial(k) * (xi - a) ** k for k in range(len(d))) for xi in x]


def term_update_starts_at_scalar(derivatives, a, x):
    d, x = _inputs(derivatives, x)
    total, term = d[0], 1.0
    for k in range(1, len(d)):
        term = term * (x - a) / k
        total = total + d[k] * term
    return total


def integer_powers(derivatives, a, x):
    """(x - a)**k computed in the integers of x and a: overflows int64 for large |x - a|**k."""
    d = np.asarray(derivatives, dtype=float)
    if d.size == 0:
        raise ValueError("no derivatives")
    s = np.asarray(x) - a
    result = sum(d[k] / factorial(k) * s**k for k in range(d.size)) + 0.0 * s
    return result if np.ndim(result) else float(result)


MUTANTS = [
    ("taylor_polynomial", no_factorial, "you left out the factorials"),
    ("taylor_polynomial", divides_by_k, "not by k"),
    ("taylor_polynomial", powers_of_x, "not powers of x"),
    ("taylor_polynomial", no_power, "k-th POWER"),
    ("taylor_polynomial", stops_one_term_early, "stops one term early"),
    ("taylor_polynomial", scalar_for_degree_zero, "even for degree 0"),
    ("taylor_polynomial", integer_accumulator, "integer arithmetic"),
    ("taylor_polynomial", no_empty_check, "should raise ValueError"),
    ("taylor_polynomial", with_polyval, "asks you not to use"),
    ("taylor_polynomial", with_np_polynomial, "asks you not to use"),
    ("taylor_polynomial", with_scipy_factorial, "asks you not to use"),
    ("taylor_polynomial", powers_of_a_minus_x, "which flips the sign"),
    ("taylor_polynomial", list_for_arrays, "the task asks for a NumPy array"),
    ("taylor_polynomial", term_update_starts_at_scalar, "even for degree 0"),
    ("taylor_polynomial", integer_powers, "computes in an integer array"),
]
