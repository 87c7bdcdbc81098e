"""quadratic_form_gradient: ∇(xᵀAx + bᵀx + c) = (A + Aᵀ)x + b and the Hessian A + Aᵀ, for any square A."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.gradients import Quadratic
from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "quadratic_form_gradient"
hints = [
    "Write xᵀAx = Σᵢⱼ xᵢ Aᵢⱼ xⱼ and differentiate with respect to x_k: x_k appears in row k "
    "(i = k) and in column k (j = k) of the sum.",
    "The row-k terms give (Ax)_k and the column-k terms give (Aᵀx)_k, so the gradient of xᵀAx is "
    "(A + Aᵀ)x; the linear term bᵀx adds b.",
    "Convert A, b, x with np.asarray(..., dtype=float), check A.shape == (n, n) and the lengths of b "
    "and x, then return (A + A.T) @ x + b; the Hessian is A + A.T.",
]
bans = {"quadratic_gradient": ["numpy.gradient", "scipy"],
        "quadratic_hessian": ["numpy.gradient", "scipy"]}
ban_reason = ("this one is exact: write (A + Aᵀ)x + b and A + Aᵀ with NumPy and @, no finite "
              "differences, np.gradient or scipy (the notebook's ground rules; both are fine in your "
              "own work from notebook 3 of this step on).")

TWO_AX = ("2Ax + b is the gradient only when A is symmetric. For a general A, the derivative of "
          "xᵀAx is (A + Aᵀ)x: x_k meets both row k and column k of A.")
ONE_TERM = ("you kept only one of the two terms: xᵀAx depends on x through both factors, so its "
            "gradient is Ax + Aᵀx = (A + Aᵀ)x.")
NO_B = "the linear term bᵀx contributes b to the gradient: add it."
HESSIAN_2A = ("the Hessian of xᵀAx is A + Aᵀ, which is symmetric like every Hessian of a smooth "
              "function; 2A is right only for a symmetric A.")
HESSIAN_A = "the Hessian of xᵀAx is A + Aᵀ, not A: differentiate the gradient (A + Aᵀ)x + b once more."
IGNORES_ARGUMENT = ("you returned the same gradient for two different matrices A, so your result does "
                    "not depend on the argument A: make sure the function uses its parameter A, not a "
                    "variable defined elsewhere in the notebook (such as q_demo.A).")

APPROXIMATE = ("your gradient is close to (A + Aᵀ)x + b but not equal to it (relative error about "
               "{error:.0e}): a finite difference? This one is exact: return (A + Aᵀ) @ x + b.")
SQUARE = ("raise ValueError when A is not a square matrix: check A.ndim == 2 and "
          "A.shape[0] == A.shape[1] (after np.asarray) before using its shape.")


def _exact(got, expected, what, misconceptions, rtol=1e-10, atol=1e-12):
    """The exact gradient, a float array; a nearly-right answer is a finite difference."""
    try:
        expect_close(got, expected, rtol=rtol, atol=atol, what=what, misconceptions=misconceptions)
    except Mismatch as failure:
        if failure.kind != "values":
            raise
        with np.errstate(all="ignore"):
            g, e = np.asarray(got, dtype=float), np.asarray(expected, dtype=float)
            error = float(np.max(np.abs(g - e)) / np.max(np.abs(e)))
        if not 0 < error < 1e-3:
            raise
        hint = APPROXIMATE.format(error=error)
        raise Mismatch(f"{failure.detail} Hint: {hint}", verdict=f"{failure.verdict}; {hint}",
                       hint=hint, kind="values") from None
    expect_array(got, what=what)


def _expect_shape_error(func, args, what):
    try:
        got = func(*args)
    except ValueError:
        return
    except (IndexError, TypeError) as exc:
        raise Mismatch(f"{what} raised {type(exc).__name__} ({exc}); it should raise ValueError. "
                       f"Hint: {SQUARE}", verdict=f"raised {type(exc).__name__} instead of "
                       f"ValueError; {SQUARE}", hint=SQUARE, kind="raised") from None
    raise Mismatch(f"{what} should raise ValueError, but it returned {type(got).__name__}. "
                   f"Hint: {SQUARE}", verdict=f"returned normally where ValueError was expected; "
                   f"{SQUARE}", hint=SQUARE, kind="values")


def _gradient_mistakes(A, b, x):
    return [(2 * A @ x + b, TWO_AX), (A @ x + b, ONE_TERM), (A.T @ x + b, ONE_TERM),
            ((A + A.T) @ x, NO_B)]


def _hessian_mistakes(A):
    return [(2 * A, HESSIAN_2A), (A, HESSIAN_A)]


def _same_answer(a, b):
    try:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.shape == b.shape and bool(np.any(a)) and bool(np.array_equal(a, b))


@test_case(points=1, hidden=False)
def test_non_symmetric_two_by_two(quadratic_gradient):
    """A = [[1, 2], [0, 3]], b = [1, −1], x = [1, 1]: gradient [5, 7]; then A = [[0, 1], [−1, 2]]: gradient [1, 3]"""
    b, x = np.array([1.0, -1.0]), np.array([1.0, 1.0])
    A1, A2 = np.array([[1.0, 2.0], [0.0, 3.0]]), np.array([[0.0, 1.0], [-1.0, 2.0]])
    first = quadratic_gradient(A1.copy(), b.copy(), x.copy())
    second = quadratic_gradient(A2.copy(), b.copy(), x.copy())
    expect_true(not _same_answer(first, second),
                "quadratic_gradient returned the same array for A = [[1, 2], [0, 3]] and "
                f"A = [[0, 1], [-1, 2]]: {np.asarray(first)}.",
                verdict="the same answer for two different matrices", hint=IGNORES_ARGUMENT)
    for A, got, expected in ((A1, first, [5.0, 7.0]), (A2, second, [1.0, 3.0])):
        _exact(got, np.array(expected), f"quadratic_gradient({A.astype(int).tolist()}, [1, -1], [1, 1])",
               _gradient_mistakes(A, b, x), rtol=1e-7, atol=1e-9)


@test_case(points=0.75, hidden=False)
def test_hessian_two_by_two(quadratic_hessian):
    """quadratic_hessian([[1, 2], [0, 3]]) = [[2, 2], [2, 6]]"""
    A = np.array([[1.0, 2.0], [0.0, 3.0]])
    _exact(quadratic_hessian(A.copy()), np.array([[2.0, 2.0], [2.0, 6.0]]),
           "quadratic_hessian([[1, 2], [0, 3]])", _hessian_mistakes(A))


@test_case(points=0.25, hidden=False)
def test_shape_errors(quadratic_gradient, quadratic_hessian):
    """a non-square A, or b or x of the wrong length, raises ValueError"""
    A = np.ones((2, 3))
    expect_raises(ValueError, quadratic_gradient, A, np.ones(2), np.ones(3),
                  what="quadratic_gradient with a 2×3 matrix A")
    expect_raises(ValueError, quadratic_hessian, A, what="quadratic_hessian with a 2×3 matrix A")
    expect_raises(ValueError, quadratic_gradient, np.eye(2), np.ones(2), np.ones(3),
                  what="quadratic_gradient with a 2×2 A and an x of length 3")
    expect_raises(ValueError, quadratic_gradient, np.eye(3), np.ones(2), np.ones(3),
                  what="quadratic_gradient with a 3×3 A and a b of length 2")


@test_case(points=0.25, hidden=True)
def test_random_gradients(quadratic_gradient):
    """random non-symmetric A from 1×1 to 6×6, and integer arrays; inputs are left unchanged"""
    rng = np.random.default_rng(2241)
    for n in (1, 2, 4, 6):
        A, b, x = rng.normal(size=(n, n)), rng.normal(size=n), rng.normal(size=n)
        copies = A.copy(), b.copy(), x.copy()
        got = quadratic_gradient(A, b, x)
        for before, after, label in zip(copies, (A, b, x), ("A", "b", "x")):
            expect_unchanged(before, after, what=label)
        expected = Quadratic(*copies[:2]).gradient(copies[2])
        mistakes = _gradient_mistakes(*copies) if n > 1 else [((A + A.T) @ x, NO_B)]
        _exact(got, expected, f"quadratic_gradient for a random {n}×{n} A", mistakes)
    A = np.array([[2, -1, 0], [3, 1, 4], [0, 5, -2]])
    b, x = np.array([1, 0, -1]), np.array([2, -1, 1])
    _exact(quadratic_gradient(A, b, x), ((A + A.T) @ x + b).astype(float),
           "quadratic_gradient on integer arrays", _gradient_mistakes(A, b, x))


@test_case(points=0.5, hidden=True)
def test_random_hessians_and_symmetric_matrices(quadratic_gradient, quadratic_hessian):
    """random Hessians A + Aᵀ from 1×1 to 5×5 and an integer one; for a symmetric A the gradient reduces to 2Ax + b"""
    rng = np.random.default_rng(2242)
    for n in (1, 3, 5):
        A = rng.normal(size=(n, n))
        A_before = A.copy()
        H = quadratic_hessian(A)
        expect_unchanged(A_before, A, what="A")
        mistakes = _hessian_mistakes(A_before) if n > 1 else [(A_before, HESSIAN_A)]
        _exact(H, A_before + A_before.T, f"quadratic_hessian for a random {n}×{n} A", mistakes,
               rtol=1e-12)
    _exact(quadratic_hessian(np.array([[1, 2], [0, 3]])), np.array([[2.0, 2.0], [2.0, 6.0]]),
           "quadratic_hessian on an integer array", _hessian_mistakes(np.array([[1.0, 2.0], [0.0, 3.0]])))
    _exact(quadratic_hessian([[1.0, -2.0], [4.0, 0.5]]), np.array([[2.0, 2.0], [2.0, 1.0]]),
           "quadratic_hessian on a list of lists", _hessian_mistakes(np.array([[1.0, -2.0], [4.0, 0.5]])))
    B = rng.normal(size=(4, 4))
    S = B + B.T
    b, x = rng.normal(size=4), rng.normal(size=4)
    expect_close(quadratic_gradient(S, b, x), 2 * S @ x + b, rtol=1e-10, atol=1e-12,
                 what="quadratic_gradient for a symmetric 4×4 A")


@test_case(points=0.25, hidden=True)
def test_scales_lists_and_shapes(quadratic_gradient, quadratic_hessian):
    """x of size 1e4 and 1e-8, A of size 1e8, lists as input; a 1-D or 3-D A raises ValueError"""
    rng = np.random.default_rng(2243)
    for a_scale, x_scale in ((1.0, 1e4), (1.0, 1e-8), (1e8, 1.0)):
        A = a_scale * rng.normal(size=(3, 3))
        b, x = a_scale * rng.normal(size=3), x_scale * rng.normal(size=3)
        expected = (A + A.T) @ x + b
        what = f"quadratic_gradient with A of size {a_scale:.0e} and x of size {x_scale:.0e}"
        _exact(quadratic_gradient(A.copy(), b.copy(), x.copy()), expected, what,
               _gradient_mistakes(A, b, x), rtol=1e-10, atol=0.0)
    A, b, x = [[1.0, 2.0], [-3.0, 0.5]], [0.5, 1.0], [2.0, -1.0]
    An, bn, xn = np.array(A), np.array(b), np.array(x)
    _exact(quadratic_gradient(A, b, x), (An + An.T) @ xn + bn, "quadratic_gradient on lists",
           _gradient_mistakes(An, bn, xn))
    _expect_shape_error(quadratic_gradient, (np.ones(4), np.ones(4), np.ones(4)),
                        "quadratic_gradient with a 1-D A")
    _expect_shape_error(quadratic_hessian, (np.ones(4),), "quadratic_hessian with a 1-D A")
    _expect_shape_error(quadratic_hessian, (np.ones((2, 2, 2)),), "quadratic_hessian with a 3-D A")
