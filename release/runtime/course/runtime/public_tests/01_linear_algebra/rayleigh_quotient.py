"""rayleigh_quotient: r(x) = xᵀAx / xᵀx for a symmetric matrix A and a non-zero vector x."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "rayleigh_quotient"
hints = [
    "Two numbers are needed: the quadratic form xᵀAx and the squared length xᵀx.",
    "Convert first with np.asarray(x, dtype=float); then x @ A @ x is the numerator and x @ x the "
    "denominator.",
    "Check the denominator before dividing: if x @ x == 0, raise ValueError.",
]

NOT_DIVIDED = ("you returned xᵀAx without dividing by xᵀx; the quotient must not depend on the "
               "length of x.")
DIVIDED_BY_NORM = ("you divided by the length ‖x‖; divide by its square xᵀx = ‖x‖² so that the "
                   "scale of x cancels.")


ELEMENTWISE = ("`A * x` multiplies entrywise (x is broadcast across the rows of A), so the sum is not "
               "xᵀAx; the quadratic form is x @ A @ x.")
NONZERO = ("x = {x} is not the zero vector, so r(x) is defined: raise ValueError only when every entry "
           "of x is exactly 0 (x @ x == 0) — not when its entries sum to 0, and not when it is merely "
           "short (no threshold such as ‖x‖ < 1e-10: r(c·x) = r(x) for every c ≠ 0).")


def _mistakes(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    quad = x @ A @ x
    return {NOT_DIVIDED: quad, DIVIDED_BY_NORM: quad / np.sqrt(x @ x),
            ELEMENTWISE: np.sum(A * x * x) / (x @ x)}


def _quotient(rayleigh_quotient, A, x, what, shown_x):
    """Call the learner; a ValueError for a non-zero x is the mistake NONZERO names."""
    try:
        return rayleigh_quotient(A, x)
    except ValueError:
        hint = NONZERO.format(x=shown_x)
        raise Mismatch(f"{what} raised ValueError. Hint: {hint}",
                       verdict=f"raised ValueError for a non-zero x; {hint}", hint=hint,
                       kind="raised") from None


@test_case(points=1, hidden=False)
def test_small_examples(rayleigh_quotient):
    """A = [[2, 1], [1, 3]] at x = [1, 1] gives 7/2; at x = [2, 0] it gives 2"""
    A = np.array([[2.0, 1.0], [1.0, 3.0]])
    for x, expected in (([1.0, 1.0], 3.5), ([2.0, 0.0], 2.0)):
        expect_close(rayleigh_quotient(A.copy(), x), expected,
                     what=f"rayleigh_quotient([[2, 1], [1, 3]], {x})", misconceptions=_mistakes(A, x))


@test_case(points=0.5, hidden=False)
def test_zero_vector(rayleigh_quotient):
    """x = [0, 0] raises ValueError"""
    expect_raises(ValueError, rayleigh_quotient, np.array([[2.0, 1.0], [1.0, 3.0]]), [0.0, 0.0],
                  what="rayleigh_quotient([[2, 1], [1, 3]], [0, 0])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
