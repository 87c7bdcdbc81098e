"""product_rules: (AB)ᵀ = BᵀAᵀ and (AB)⁻¹ = B⁻¹A⁻¹."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_true

OK_FORMAT = False
name = "product_rules"
hints = [
    "Both identities reverse the order of the factors.",
    "(AB)ᵀ = Bᵀ Aᵀ: with the arguments given, that is B_T @ A_T.",
    "(AB)⁻¹ = B⁻¹ A⁻¹: with the arguments given, that is B_inv @ A_inv.",
]
bans = {"transpose_of_product": ["numpy.linalg", "scipy"],
        "inverse_of_product": ["numpy.linalg", "scipy"]}
ban_reason = ("the point is the order of the factors: multiply the matrices you are given (with "
              "`@` or your matmul), without recovering A and B or inverting anything again. "
              "np.linalg is the tool to use from 01_linear_algebra/03_analytic_geometry on.")

SAME_ORDER_T = "the transpose of a product reverses the order: (AB)ᵀ = BᵀAᵀ, not AᵀBᵀ."
SAME_ORDER_INV = "the inverse of a product reverses the order: (AB)⁻¹ = B⁻¹A⁻¹, not A⁻¹B⁻¹."
NOT_TRANSPOSED = ("you returned AB itself (A_T.T @ B_T.T); the task asks for its transpose "
                  "(AB)ᵀ = BᵀAᵀ, which is B_T @ A_T.")
ELEMENTWISE = ("`*` multiplies entry by entry; the identities are about matrix products: use `@` "
               "(or your matmul).")
TRANSPOSED_INV = ("you transposed the inverse: (AB)⁻¹ = B⁻¹A⁻¹ is B_inv @ A_inv as it is, with no "
                  "transpose.")
SHAPES_DO_NOT_FIT = ("A_T is n×m and B_T is k×n, so A_T @ B_T does not even fit unless m = k: "
                     "the transpose of a product reverses the order, (AB)ᵀ = BᵀAᵀ = B_T @ A_T.")


def _transpose_mistakes(A, B):
    out = {SAME_ORDER_T: A.T @ B.T} if A.shape[0] == B.shape[1] else {}
    out[NOT_TRANSPOSED] = A @ B
    if A.shape == B.shape and A.shape[0] == A.shape[1]:
        out[ELEMENTWISE] = B.T * A.T
    return out


def _inverse_mistakes(A_inv, B_inv):
    return {SAME_ORDER_INV: A_inv @ B_inv, TRANSPOSED_INV: (B_inv @ A_inv).T,
            ELEMENTWISE: B_inv * A_inv}


def _transpose(transpose_of_product, A, B, what):
    """Call the learner; a ValueError from factors that do not fit gets the order hint."""
    try:
        return transpose_of_product(A.T.copy(), B.T.copy())
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}).", verdict="raised ValueError",
                    hint=SHAPES_DO_NOT_FIT)


@test_case(points=1, hidden=False)
def test_transpose_square(transpose_of_product):
    """(AB)ᵀ for two 2×2 matrices"""
    A = np.array([[1.0, 2.0], [0.0, 1.0]])
    B = np.array([[3.0, 0.0], [1.0, 2.0]])
    what = "transpose_of_product(Aᵀ, Bᵀ)"
    expect_close(_transpose(transpose_of_product, A, B, what), (A @ B).T, what=what,
                 misconceptions=_transpose_mistakes(A, B))


@test_case(points=0.5, hidden=False)
def test_inverse_square(inverse_of_product):
    """(AB)⁻¹ for two invertible 2×2 matrices"""
    A = np.array([[2.0, 1.0], [1.0, 1.0]])
    B = np.array([[1.0, 3.0], [0.0, 1.0]])
    A_inv, B_inv = np.linalg.inv(A), np.linalg.inv(B)
    expect_close(inverse_of_product(A_inv.copy(), B_inv.copy()), np.linalg.inv(A @ B),
                 what="inverse_of_product(A⁻¹, B⁻¹)", misconceptions=_inverse_mistakes(A_inv, B_inv))


@test_case(points=0.75, hidden=True)
def test_transpose_rectangular(transpose_of_product):
    """(AB)ᵀ for rectangular factors of random shapes, n = 1, entries of size 1e-9 and 1e8"""
    rng = np.random.default_rng(1106)
    for m, n, k, scale in ((2, 3, 4, 1.0), (5, 1, 2, 1.0), (3, 3, 3, 1.0), (4, 2, 4, 1.0),
                           (1, 3, 1, 1.0), (2, 2, 3, 1e-9), (3, 2, 2, 1e8)):
        A, B = scale * rng.normal(size=(m, n)), rng.normal(size=(n, k))
        what = f"transpose_of_product for A ({m}×{n}), B ({n}×{k})"
        expect_close(_transpose(transpose_of_product, A, B, what), (A @ B).T, rtol=1e-9, atol=0,
                     what=what, misconceptions=_transpose_mistakes(A, B))


@test_case(points=0.75, hidden=True)
def test_inverse_random(inverse_of_product):
    """(AB)⁻¹ for random well-conditioned 1×1, 3×3 and 5×5 matrices, and for triangular factors"""
    rng = np.random.default_rng(1107)
    factors = []
    for n in (1, 3, 5):
        factors.append((rng.normal(size=(n, n)) + n * np.eye(n), rng.normal(size=(n, n)) + n * np.eye(n)))
    factors.append((np.triu(rng.normal(size=(4, 4))) + 4 * np.eye(4),
                    np.tril(rng.normal(size=(4, 4))) + 4 * np.eye(4)))
    for A, B in factors:
        n = len(A)
        A_inv, B_inv = np.linalg.inv(A), np.linalg.inv(B)
        expect_close(inverse_of_product(A_inv.copy(), B_inv.copy()), B_inv @ A_inv, rtol=1e-9,
                     atol=1e-12, what=f"inverse_of_product for {n}×{n} matrices",
                     misconceptions=_inverse_mistakes(A_inv, B_inv) if n > 1 else None)
