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


@test_case(points=0.25, hidden=True)
def test_random_problems(kkt_solve):
    """random problems with n from 2 to 6 unknowns and m from 1 to n constraints (square A included)"""
    rng = np.random.default_rng(23701)

    def reference(Q, c, A, b):
        # null-space method: x = x_p + Z z, with Z an orthonormal basis of {d : A d = 0}
        m = len(b)
        _, _, Vt = np.linalg.svd(A)
        Z = Vt[m:].T
        x_p = np.linalg.lstsq(A, b, rcond=None)[0]
        if Z.shape[1]:
            z = np.linalg.solve(Z.T @ Q @ Z, -Z.T @ (Q @ x_p + c))
            x_p = x_p + Z @ z
        lam = np.linalg.lstsq(A.T, -(Q @ x_p + c), rcond=None)[0]
        return x_p, lam

    for n, m in ((3, 3), (2, 1), (3, 2), (4, 4), (5, 2), (6, 3)):
        M = rng.normal(size=(n, n))
        Q = M @ M.T + 0.5 * np.eye(n)
        c = rng.normal(size=n)
        A = rng.normal(size=(m, n))
        b = rng.normal(size=m)
        what = f"kkt_solve on a random problem with n = {n}, m = {m}"
        x_ref, lam_ref = reference(Q, c, A, b)
        x, lam = _solve(kkt_solve, Q.copy(), c.copy(), A.copy(), b.copy(), what)
        expect_close(x, x_ref, rtol=1e-7, atol=1e-9, what=f"x from {what}")
        wrong = {LAMBDA_SIGN: -lam_ref}
        if m == n:
            wrong[A_NOT_AT] = np.linalg.solve(A, -(Q @ x_ref + c))
        expect_close(lam, lam_ref, rtol=1e-7, atol=1e-9, what=f"lam from {what}", misconceptions=wrong)
        expect_true(np.allclose(A @ x, b, atol=1e-9), f"x from {what} violates the constraints Ax = b.",
                    verdict="x violates the constraints")


@test_case(points=0.25, hidden=True)
def test_singular_objective_matrix(kkt_solve):
    """a singular Q (a flat direction) that the constraint pins down: the solution is still unique"""
    what = "kkt_solve(diag(1, 0), [-1, 3], [[0, 1]], [2])"
    x, lam = _solve(kkt_solve, np.diag([1.0, 0.0]), np.array([-1.0, 3.0]), np.array([[0.0, 1.0]]),
                    np.array([2.0]), what, hint=Q_INVERSE)
    expect_close(x, np.array([1.0, 2.0]), what=f"x from {what}")
    expect_close(lam, np.array([-3.0]), what=f"lam from {what}", misconceptions={LAMBDA_SIGN: [3.0]})


@test_case(points=0.125, hidden=True)
def test_integer_inputs_and_unchanged(kkt_solve):
    """integer Q, c, A and b, and the inputs are left unchanged"""
    Q = np.array([[2, 0, 0], [0, 2, 0], [0, 0, 2]])
    c = np.array([-2, -6, -1])
    A = np.array([[1, 1, 1], [1, -1, 0]])
    b = np.array([3, -1])
    before = [a.copy() for a in (Q, c, A, b)]
    x, lam = _solve(kkt_solve, Q, c, A, b, "kkt_solve with integer arrays")
    expect_close(x, np.array([1.0, 2.0, 0.0]), what="x from kkt_solve with integer arrays")
    expect_close(lam, np.array([1.0, -1.0]), what="lam from kkt_solve with integer arrays")
    for old, new, label in zip(before, (Q, c, A, b), ("Q", "c", "A", "b")):
        expect_unchanged(old, new, what=label)
    Qf, cf, Af, bf = (a.astype(float) for a in (Q, c, A, b))
    saved = [a.copy() for a in (Qf, cf, Af, bf)]
    kkt_solve(Qf, cf, Af, bf)
    for old, new, label in zip(saved, (Qf, cf, Af, bf), ("Q", "c", "A", "b")):
        expect_unchanged(old, new, what=label)


@test_case(points=0.125, hidden=True)
def test_wrong_shapes(kkt_solve):
    """shapes that do not fit raise ValueError"""
    Q, c, A, b = np.eye(3), np.zeros(3), np.ones((1, 3)), np.ones(1)
    expect_raises(ValueError, kkt_solve, np.eye(2), c, A, b, what="kkt_solve with Q of the wrong size")
    expect_raises(ValueError, kkt_solve, Q, c, np.ones((1, 2)), b, what="kkt_solve with A of the wrong width")
    expect_raises(ValueError, kkt_solve, Q, c, A, np.ones(2), what="kkt_solve with b of the wrong length")
    expect_raises(ValueError, kkt_solve, Q, c, np.ones(3), b, what="kkt_solve with a 1-D A")


@test_case(points=0.125, hidden=True)
def test_scaled_one_dimensional_and_nearly_dependent(kkt_solve):
    """problems scaled by 1e-8 and 1e8 (independent constraints: no error), n = m = 1, and a third
    constraint that is a combination of two others (rank 2 < m = 3: ValueError)"""
    rng = np.random.default_rng(23702)
    M = rng.normal(size=(4, 4))
    Q0, c0 = M @ M.T + np.eye(4), rng.normal(size=4)
    A0, b0 = rng.normal(size=(2, 4)), rng.normal(size=2)
    for scale in (1e-8, 1e8):
        Q, c, A, b = Q0 * scale, c0 * scale, A0 * scale, b0
        K = np.block([[Q, A.T], [A, np.zeros((2, 2))]])
        solution = np.linalg.solve(K, np.concatenate([-c, b]))
        what = f"kkt_solve on a problem whose Q, c and A are scaled by {scale:g}"
        x, lam = _solve(kkt_solve, Q, c, A, b, what,
                        hint=WELL_POSED + " The rank test must be relative to the size of A: "
                        "np.linalg.matrix_rank(A) is, an absolute threshold on a determinant is not.")
        expect_close(x, solution[:4], rtol=1e-7, atol=0, what=f"x from {what}")
        expect_close(lam, solution[4:], rtol=1e-7, atol=0, what=f"lam from {what}")
    what = "kkt_solve([[2]], [0], [[3]], [6])"
    x, lam = _solve(kkt_solve, np.array([[2.0]]), np.array([0.0]), np.array([[3.0]]),
                    np.array([6.0]), what)
    expect_close(x, np.array([2.0]), what=f"x from {what}")
    expect_close(lam, np.array([-4.0 / 3.0]), what=f"lam from {what}")
    A = np.vstack([A0, 0.3 * A0[0] - 1.7 * A0[1]])
    what = "kkt_solve with 3 constraints of rank 2 (the third a combination of the others)"
    try:
        expect_raises(ValueError, kkt_solve, Q0, c0, A, np.append(b0, 0.3 * b0[0] - 1.7 * b0[1]),
                      what=what)
    except Mismatch as missing:
        expect_true(missing.kind != "values", missing.detail,
                    verdict="returned normally where ValueError was expected", hint=DEPENDENT)
        raise
