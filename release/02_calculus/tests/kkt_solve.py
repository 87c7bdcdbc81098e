"""kkt_solve: min ½xᵀQx + cᵀx subject to Ax = b through the KKT system, returning (x, lam)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "kkt_solve"
hints = [
    "Convert the four inputs to float arrays, read n = len(c) and m = A.shape[0], check the shapes "
    "and raise ValueError if np.linalg.matrix_rank(A) < m.",
    "The KKT matrix is K = np.block([[Q, A.T], [A, np.zeros((m, m))]]), of shape (n + m, n + m); "
    "mind A.T (n × m) in the top-right block and A (m × n) in the bottom-left one.",
    "The right-hand side is np.concatenate([-c, b]). Solve with np.linalg.solve(K, rhs) and split "
    "the solution into its first n entries (x) and its last m entries (lam).",
]
bans = {"kkt_solve": ["scipy"]}
ban_reason = ("build the KKT block matrix yourself and solve it with np.linalg.solve, as the task "
              "says; scipy is off limits in this notebook.")

WELL_POSED = ("this problem has a unique solution (the rows of A are independent and Q is positive "
              "definite on the directions with A d = 0), so it must not raise. If the error came from "
              "building the block matrix: its top-right block is Aᵀ, of shape (n, m), and its "
              "bottom-left block is A, of shape (m, n).")
A_NOT_AT = ("your multipliers solve Qx + c + Aλ = 0 instead of Qx + c + Aᵀλ = 0: the top-right "
            "block of the KKT matrix must be Aᵀ (shape (n, m)), not A.")
PLUS_C = ("your x minimises ½xᵀQx − cᵀx: the right-hand side of the KKT system is (−c, b), because "
          "the first block row reads Qx + Aᵀλ = −c.")
LAMBDA_SIGN = ("your multipliers have the opposite sign. With the Lagrangian ½xᵀQx + cᵀx + λᵀ(Ax − b) "
               "used here, λ satisfies Qx + c + Aᵀλ = 0; solving the KKT system as written gives it "
               "directly.")
Q_INVERSE = ("Q is singular here, yet the problem has a unique solution: Q only needs to be positive "
             "definite on the directions the constraints leave free. Do not invert Q (no Schur "
             "complement through Q⁻¹); solve the whole block system at once.")
DEPENDENT = ("test np.linalg.matrix_rank(A) < m before solving: with dependent constraints the KKT "
             "matrix is singular only up to rounding, so np.linalg.solve need not fail.")
SHAPES = ("return x of shape (n,) and lam of shape (m,): the first n entries of the solution of the "
          "KKT system, and the last m.")


def _solve(kkt_solve, Q, c, A, b, what, hint=WELL_POSED):
    """Call the learner on a well-posed problem; a ValueError gets the hint, shapes are checked."""
    n, m = len(c), len(b)
    try:
        got = kkt_solve(Q, c, A, b)
    except ValueError as exc:
        expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                    verdict=f"raised {type(exc).__name__} on a well-posed problem", hint=hint)
    x, lam = expect_tuple(got, 2, what=what, names="x, lam")
    expect_array(x, what=f"x from {what}")
    expect_array(lam, what=f"lam from {what}")
    x, lam = np.asarray(x), np.asarray(lam)
    expect_true(x.shape == (n,) and lam.shape == (m,),
                f"{what} returned x of shape {x.shape} and lam of shape {lam.shape}; expected "
                f"({n},) and ({m},).", verdict="x or lam has the wrong shape", hint=SHAPES)
    return x.astype(float), lam.astype(float)


@test_case(points=0.875, hidden=False)
def test_closest_point_on_a_line(kkt_solve):
    """min ½‖x‖² subject to x₁ + x₂ = 1: x = [0.5, 0.5], lam = [−0.5]"""
    what = "kkt_solve(I, [0, 0], [[1, 1]], [1])"
    x, lam = _solve(kkt_solve, np.eye(2), np.zeros(2), np.array([[1.0, 1.0]]), np.array([1.0]), what)
    expect_close(x, np.array([0.5, 0.5]), what=f"x from {what}")
    expect_close(lam, np.array([-0.5]), what=f"lam from {what}", misconceptions={LAMBDA_SIGN: [0.5]})


@test_case(points=1, hidden=False)
def test_three_variables_two_constraints(kkt_solve):
    """Q = 2I, c = [−2, −6, −1], A = [[1, 1, 1], [1, −1, 0]], b = [3, −1]: x = [1, 2, 0], lam = [1, −1]"""
    Q = 2.0 * np.eye(3)
    c = np.array([-2.0, -6.0, -1.0])
    A = np.array([[1.0, 1.0, 1.0], [1.0, -1.0, 0.0]])
    b = np.array([3.0, -1.0])
    what = "kkt_solve(2I, [-2, -6, -1], [[1, 1, 1], [1, -1, 0]], [3, -1])"
    x, lam = _solve(kkt_solve, Q, c, A, b, what)
    # with +c on the right-hand side the solution would be x = [0, 1, 2], lam = [-5, 3]
    expect_close(x, np.array([1.0, 2.0, 0.0]), what=f"x from {what}",
                 misconceptions={PLUS_C: [0.0, 1.0, 2.0]})
    expect_close(lam, np.array([1.0, -1.0]), what=f"lam from {what}",
                 misconceptions={LAMBDA_SIGN: [-1.0, 1.0]})


@test_case(points=0.25, hidden=False)
def test_dependent_constraints(kkt_solve):
    """dependent constraints (second row twice the first) and more constraints than unknowns raise ValueError"""
    expect_raises(ValueError, kkt_solve, np.eye(2), np.zeros(2), np.array([[1.0, 1.0], [2.0, 2.0]]),
                  np.array([1.0, 2.0]), what="kkt_solve(I, 0, [[1, 1], [2, 2]], [1, 2])")
    expect_raises(ValueError, kkt_solve, np.eye(2), np.zeros(2), np.eye(3)[:, :2], np.ones(3),
                  what="kkt_solve with 3 constraints on 2 unknowns")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 5
HIDDEN_POINTS = 0.875
