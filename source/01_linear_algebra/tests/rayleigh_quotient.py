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


@test_case(points=0.5, hidden=True)
def test_random_and_scale_invariance(rayleigh_quotient):
    """random symmetric matrices from 1×1 to 9×9; r(c·x) = r(x) for several scales c"""
    rng = np.random.default_rng(4101)
    for n in (1, 3, 6, 9):
        B = rng.normal(size=(n, n))
        A = B + B.T
        x = rng.normal(size=n)
        expected = x @ A @ x / (x @ x)
        for c in (1.0, -3.0, 1e-3, 250.0):
            expect_close(rayleigh_quotient(A.copy(), c * x), expected, rtol=1e-9,
                         what=f"rayleigh_quotient(A, c·x) for a {n}×{n} A",
                         misconceptions=_mistakes(A, c * x))


@test_case(points=0.75, hidden=True)
def test_eigenvectors_integers_and_inputs_unchanged(rayleigh_quotient):
    """at an eigenvector r returns its eigenvalue; integer inputs; inputs left unchanged"""
    rng = np.random.default_rng(4102)
    B = rng.normal(size=(5, 5))
    A = B + B.T
    eigenvalues, V = np.linalg.eigh(A)
    for i in range(5):
        x = 2.0 * V[:, i]
        A0, x0 = A.copy(), x.copy()
        expect_close(rayleigh_quotient(A, x), eigenvalues[i], rtol=1e-9, atol=1e-12,
                     what="rayleigh_quotient at an eigenvector", misconceptions=_mistakes(A0, x0))
        expect_unchanged(A0, A, what="A")
        expect_unchanged(x0, x, what="x")
    A_int = np.array([[2, 1, 0], [1, 2, 1], [0, 1, 2]])
    x_int = np.array([1, 2, 3])
    expect_close(rayleigh_quotient(A_int, x_int), 44 / 14, what="rayleigh_quotient on integer arrays",
                 misconceptions=_mistakes(A_int, x_int))


@test_case(points=0.25, hidden=True)
def test_tiny_huge_and_zero_sum_vectors(rayleigh_quotient):
    """x of length 1e-12 to 1e100, x whose entries sum to 0, a list of integers, A scaled by 1e-8"""
    rng = np.random.default_rng(4103)
    B = rng.normal(size=(4, 4))
    A = B + B.T
    x = rng.normal(size=4)
    expected = x @ A @ x / (x @ x)
    for c in (1e-12, 1e-100, 1e8, 1e100):
        what = f"rayleigh_quotient(A, x) for x of length about {c:g}"
        got = _quotient(rayleigh_quotient, A.copy(), c * x, what, f"(a vector of length {c:g})")
        expect_close(got, expected, rtol=1e-9, what=what, misconceptions=_mistakes(A, x))
    A3 = np.array([[1.0, 2.0, 0.0], [2.0, -1.0, 3.0], [0.0, 3.0, 2.0]])
    for x3 in ([1.0, -1.0, 0.0], [2.0, -1.0, -1.0]):
        x3 = np.array(x3)
        what = f"rayleigh_quotient(A, {x3.tolist()})"
        got = _quotient(rayleigh_quotient, A3.copy(), x3.copy(), what, str(x3.tolist()))
        expect_close(got, x3 @ A3 @ x3 / (x3 @ x3), what=what, misconceptions=_mistakes(A3, x3))
    got = rayleigh_quotient(np.array([[2, 1], [1, 3]]), [1, 2])
    expect_close(got, 3.6, what="rayleigh_quotient([[2, 1], [1, 3]], [1, 2]) with x a list of ints",
                 misconceptions=_mistakes([[2, 1], [1, 3]], [1, 2]))
    expect_close(rayleigh_quotient(1e-8 * A, x.copy()), 1e-8 * expected, rtol=1e-9, atol=0.0,
                 what="rayleigh_quotient(1e-8 · A, x)", misconceptions=_mistakes(1e-8 * A, x))
