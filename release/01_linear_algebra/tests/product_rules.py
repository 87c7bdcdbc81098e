"""product_rules: (AB)ᵀ = BᵀAᵀ and (AB)⁻¹ = B⁻¹A⁻¹."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close

OK_FORMAT = False
name = "product_rules"
hints = [
    "Both identities reverse the order of the factors.",
    "(AB)ᵀ = Bᵀ Aᵀ: with the arguments given, that is B_T @ A_T.",
    "(AB)⁻¹ = B⁻¹ A⁻¹: with the arguments given, that is B_inv @ A_inv.",
]

SAME_ORDER_T = "the transpose of a product reverses the order: (AB)ᵀ = BᵀAᵀ, not AᵀBᵀ."
SAME_ORDER_INV = "the inverse of a product reverses the order: (AB)⁻¹ = B⁻¹A⁻¹, not A⁻¹B⁻¹."


@test_case(points=1, hidden=False)
def test_transpose_square(transpose_of_product):
    """(AB)ᵀ for two 2×2 matrices"""
    A = np.array([[1.0, 2.0], [0.0, 1.0]])
    B = np.array([[3.0, 0.0], [1.0, 2.0]])
    expect_close(transpose_of_product(A.T.copy(), B.T.copy()), (A @ B).T,
                 what="transpose_of_product(Aᵀ, Bᵀ)", misconceptions={SAME_ORDER_T: A.T @ B.T})


@test_case(points=0.5, hidden=False)
def test_inverse_square(inverse_of_product):
    """(AB)⁻¹ for two invertible 2×2 matrices"""
    A = np.array([[2.0, 1.0], [1.0, 1.0]])
    B = np.array([[1.0, 3.0], [0.0, 1.0]])
    A_inv, B_inv = np.linalg.inv(A), np.linalg.inv(B)
    expect_close(inverse_of_product(A_inv, B_inv), np.linalg.inv(A @ B),
                 what="inverse_of_product(A⁻¹, B⁻¹)", misconceptions={SAME_ORDER_INV: A_inv @ B_inv})


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1.5
