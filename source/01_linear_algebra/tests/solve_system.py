"""solve_system: solve A x = b by elimination on [A | b] and back substitution."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises,
                            expect_same_on_integers, expect_true, expect_unchanged)

OK_FORMAT = False
name = "solve_system"
hints = [
    "Build the augmented matrix M = np.column_stack([A, b]) and call your row_echelon(M, tol).",
    "A is invertible exactly when the first n pivot columns of M are 0, 1, ..., n-1. Otherwise "
    "raise ValueError. Check the shapes of A and b first.",
    "With U, pivots, _ = row_echelon(M, tol), the answer is back_substitution(U[:, :n], U[:, n], tol).",
]
bans = {"solve_system": ["numpy.linalg", "scipy"]}
ban_reason = ("solve by elimination on [A | b] with your row_echelon and back_substitution, as the "
              "task and the notebook's ground rules say: np.linalg.solve, np.linalg.inv and "
              "scipy.linalg do it for you. np.linalg.solve is the tool to use from "
              "01_linear_algebra/03_analytic_geometry on.")

INVERSE = ("on this ill-conditioned system the relative residual ||Ax - b|| / (||A|| ||x||) of "
           "your x is far above the ~1e-16 that elimination leaves. That is the signature of "
           "x = inv(A) @ b (np.linalg.inv or your own inverse). Multiplying by an explicit "
           "inverse loses accuracy: eliminate on [A | b] with partial pivoting and "
           "back-substitute instead.")
TINY_PIVOT = ("the first entry of this system is tiny but not zero, and your x (or your "
              "ValueError) comes from using it as the pivot. Dividing by a tiny pivot magnifies "
              "rounding errors: use partial pivoting and swap up the row with the LARGEST |entry| "
              "in the column, as your row_echelon does.")
ZERO_PIVOT = ("your x contains NaN or inf: you divided by a zero pivot. When the entry in the pivot "
              "position is 0, swap up the row with the largest |entry| in that column.")
WRONGLY_SINGULAR = ("you raised ValueError for an invertible matrix. A zero (or small) entry in the "
                    "pivot position does not make A singular: swap up the row with the largest "
                    "|entry| in that column first.")

PIVOT_IN_B = ("A is singular here, but [A | b] still has n pivots: one of them is in the last "
              "column, b's. Only pivots in the columns of A count: raise ValueError unless the "
              "pivot columns start with 0, 1, ..., n-1 (pivots[:n] == list(range(n))).")
SHAPES = ("check the shapes first: A must be square (n × n) and b must have shape (n,); raise "
          "ValueError otherwise, before any elimination.")
SCALED = ("every entry of this A (and b) is about 1e-13, and you treated them as zero. The "
          "tolerance is relative: tol * max|A|, so the same system in other units gets the same "
          "answer.")

TOL_IGNORED = ("right for the default tol, wrong for the tol passed in: use the caller's tol "
               "(threshold = tol * max|A|) and pass it on to the functions you call, instead of the "
               "default 1e-12.")


NOT_AUGMENTED = ("you eliminated on A alone and back-substituted with the ORIGINAL b: every row "
                 "operation (swaps included) must also act on b. Eliminate on the augmented matrix "
                 "np.column_stack([A, b]) and back-substitute with its last column.")


def _b_left_behind(A, b):
    """What back substitution with the elimination's U of A alone and the untouched b returns."""
    U = np.array(A, dtype=float)
    n = len(U)
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        U[[j, p]] = U[[p, j]]
        U[j + 1:, j:] -= np.outer(U[j + 1:, j] / U[j, j], U[j, j:])
    return np.linalg.solve(np.triu(U), np.asarray(b, dtype=float))


def _refuses(solve_system, A, b, what, hint, when=""):
    try:
        expect_raises(ValueError, solve_system, A, b, what=what, when=when)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {hint}", verdict=f"{m.verdict}; {hint}", hint=hint,
                       kind=m.kind) from None


def _solve(solve_system, A, b, what, hint_on_value_error=WRONGLY_SINGULAR):
    """Call the learner: a ValueError or a NaN/inf answer on an invertible system gets a hint."""
    try:
        x = solve_system(A, b)
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}), but A is invertible.",
                    verdict="raised ValueError for an invertible matrix", hint=hint_on_value_error)
    try:
        finite = bool(np.all(np.isfinite(np.asarray(x, dtype=float))))
    except (TypeError, ValueError):
        finite = True  # not numeric: expect_close reports the type
    expect_true(finite, f"{what} returned {x!r}.", verdict="returned NaN or inf", hint=ZERO_PIVOT)
    return x


def _relative_residual(A, x, b):
    x = np.asarray(x, dtype=float)
    return np.linalg.norm(A @ x - b) / (np.linalg.norm(A, 2) * np.linalg.norm(x))


@test_case(points=0.75, hidden=False)
def test_three_by_three_needs_a_swap(solve_system):
    """solve_system([[0, 2, 1], [1, 1, 1], [2, 1, 0]], [7, 6, 4]) = [1, 2, 3] (the (0, 0) entry is 0)"""
    A = np.array([[0.0, 2.0, 1.0], [1.0, 1.0, 1.0], [2.0, 1.0, 0.0]])
    b = np.array([7.0, 6.0, 4.0])
    what = "solve_system([[0, 2, 1], [1, 1, 1], [2, 1, 0]], [7, 6, 4])"
    expect_close(_solve(solve_system, A.copy(), b.copy(), what), np.array([1.0, 2.0, 3.0]),
                 what=what, misconceptions={NOT_AUGMENTED: _b_left_behind(A, b)})


@test_case(points=0.5, hidden=False)
def test_singular_raises(solve_system):
    """a singular system (second row twice the first) raises ValueError"""
    _refuses(solve_system, np.array([[1.0, 2.0], [2.0, 4.0]]), np.array([3.0, 6.0]),
             "solve_system([[1, 2], [2, 4]], [3, 6])",
             "a column of A without a pivot means A is singular: raise ValueError.")


@test_case(points=0.5, hidden=True)
def test_random_systems(solve_system):
    """random invertible systems from 1×1 to 10×10, integer input, inputs left unchanged"""
    rng = np.random.default_rng(2301)
    for n in (1, 2, 4, 7, 10):
        A = rng.normal(size=(n, n)) + n * np.eye(n)
        b = rng.normal(size=n)
        A0, b0 = A.copy(), b.copy()
        x = _solve(solve_system, A, b, f"solve_system on a random {n}×{n} system")
        expect_close(x, np.linalg.solve(A0, b0), rtol=1e-9, atol=1e-12,
                     what=f"solve_system on a random {n}×{n} system")
        expect_unchanged(A0, A, what="A")
        expect_unchanged(b0, b, what="b")
    A_int = np.array([[4, -2, 1], [3, 6, -4], [2, 1, 8]])
    b_int = np.array([12, -25, 32])
    expected = np.linalg.solve(A_int.astype(float), b_int.astype(float))
    what = "solve_system on integer arrays"
    expect_same_on_integers(
        lambda M, v: expect_close(_solve(solve_system, M, v, what), expected, rtol=1e-12, what=what),
        A_int, b_int, what=what)
    expect_array(solve_system(A_int.copy(), b_int.copy()), what=what)
    A = 1e-13 * (rng.normal(size=(4, 4)) + 4 * np.eye(4))
    b = 1e-13 * rng.normal(size=4)
    what = "solve_system on a system whose entries are all about 1e-13"
    expect_close(_solve(solve_system, A.copy(), b.copy(), what, hint_on_value_error=SCALED),
                 np.linalg.solve(A, b), rtol=1e-9, atol=0, what=what)
    A = 1e8 * (rng.normal(size=(3, 3)) + 3 * np.eye(3))
    b = 1e8 * rng.normal(size=3)
    what = "solve_system on a system whose entries are about 1e8"
    expect_close(_solve(solve_system, A.copy(), b.copy(), what), np.linalg.solve(A, b),
                 rtol=1e-9, atol=0, what=what)


@test_case(points=0.25, hidden=True)
def test_singular_and_wrong_shapes(solve_system):
    """singular matrices (exactly and up to rounding, zero matrix) and non-square A raise ValueError"""
    rng = np.random.default_rng(2302)
    A = np.array([[2, 1, 0, 3], [1, -1, 2, 0], [0, 4, 1, 1], [3, 0, 2, 3]])
    _refuses(solve_system, A, np.array([1, 2, 3, 4]),
             "solve_system with an integer A whose last row is the sum of the first two", PIVOT_IN_B)
    A = rng.normal(size=(6, 4)) @ rng.normal(size=(4, 6))
    _refuses(solve_system, A, rng.normal(size=6), "solve_system with a 6×6 matrix of rank 4",
             "this A is singular up to rounding: after elimination its last pivots are rounding "
             "residues. Use row_echelon's relative tolerance (tol * max|A|), not == 0, to decide "
             "that a column has no pivot, and raise ValueError.",
             when="(its rank deficiency shows only up to rounding)")
    _refuses(solve_system, np.zeros((3, 3)), np.ones(3), "solve_system with the 3×3 zero matrix",
             PIVOT_IN_B)
    _refuses(solve_system, np.array([[1.0, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0]),
             "solve_system with a singular A and a b that makes the system inconsistent", PIVOT_IN_B)
    _refuses(solve_system, rng.normal(size=(2, 3)), rng.normal(size=2),
             "solve_system with a 2×3 matrix A", SHAPES)
    _refuses(solve_system, rng.normal(size=(3, 2)), rng.normal(size=3),
             "solve_system with a 3×2 matrix A", SHAPES)
    _refuses(solve_system, np.eye(3), np.ones(4), "solve_system with a 3×3 A and a b of length 4",
             SHAPES)
    _refuses(solve_system, np.eye(3), np.ones(2), "solve_system with a 3×3 A and a b of length 2",
             SHAPES)


@test_case(points=0.25, hidden=True)
def test_tiny_first_pivot(solve_system):
    """systems whose first entry is tiny but not zero: only row swaps keep the answer accurate"""
    for A in ([[1e-10, 1.0], [1.0, 1.0]],
              [[1e-10, 2.0, 1.0, 0.0], [1.0, 1.0, 0.0, 2.0], [2.0, 0.0, 3.0, 1.0], [0.0, 1.0, 1.0, 1.0]]):
        A = np.array(A)
        n = len(A)
        x_true = np.arange(1.0, n + 1.0)
        b = A @ x_true
        what = f"solve_system on a {n}×{n} system with a tiny first entry"
        x = _solve(solve_system, A.copy(), b.copy(), what, hint_on_value_error=TINY_PIVOT)
        expect_close(x, x_true, rtol=1e-6, what=what)
        residual = _relative_residual(A, x, b)
        expect_true(residual <= 1e-12, f"{what}: relative residual {residual:.1e}, expected <= 1e-12.",
                    verdict="relative residual too large", hint=TINY_PIVOT)


@test_case(points=0.5, hidden=True)
def test_ill_conditioned_residual(solve_system):
    """ill-conditioned systems (condition number 1e10): the relative residual must stay below 1e-12"""
    rng = np.random.default_rng(2306)
    for n in (6, 8):
        Q1, _ = np.linalg.qr(rng.normal(size=(n, n)))
        Q2, _ = np.linalg.qr(rng.normal(size=(n, n)))
        A = (Q1 * np.logspace(0, -10, n)) @ Q2.T
        x_true = rng.normal(size=n)
        b = A @ x_true
        what = f"solve_system on an ill-conditioned {n}×{n} system"
        x = _solve(solve_system, A.copy(), b.copy(), what)
        expect_close(x, x_true, rtol=1e-3, atol=1e-3, what=what)
        residual = _relative_residual(A, x, b)
        expect_true(residual <= 1e-12, f"{what}: relative residual {residual:.1e}, expected <= 1e-12.",
                    verdict="relative residual too large", hint=INVERSE)


@test_case(points=0.25, hidden=True)
def test_tol_argument(solve_system):
    """the tol argument is used: a pivot below tol * max|A| makes A singular, one above it does not"""
    A = np.array([[2.0, 1.0], [1.0, 0.5 + 1e-8]])
    _refuses(lambda M, v: solve_system(M, v, 1e-6), A, np.array([1.0, 2.0]),
             "solve_system(A, b, tol=1e-6) where A's second pivot is about 1e-8", TOL_IGNORED)
    A = np.array([[2.0, 1.0], [1.0, 0.5 + 1e-3]])
    x_true = np.array([1.0, -2.0])
    what = "solve_system(A, b, tol=1e-6) where A's second pivot is about 1e-3"
    x = _solve(lambda M, v: solve_system(M, v, 1e-6), A, A @ x_true, what,
               hint_on_value_error=TOL_IGNORED)
    expect_close(x, x_true, rtol=1e-9, what=what)
