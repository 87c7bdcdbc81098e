"""rayleigh_quotient: r(x) = xᵀAx / xᵀx for a symmetric matrix A and a non-zero vector x."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises, expect_unchanged

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


def _mistakes(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    quad = x @ A @ x
    return {NOT_DIVIDED: quad, DIVIDED_BY_NORM: quad / np.sqrt(x @ x)}


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


@test_case(points=0.75, hidden=True)
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
