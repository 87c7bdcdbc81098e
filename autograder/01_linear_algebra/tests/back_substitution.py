"""back_substitution: solve U x = c for square upper-triangular U, from the last row up."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "back_substitution"
hints = [
    "The last equation has one unknown: x[n-1] = c[n-1] / U[n-1, n-1]. Work upwards from there.",
    "For i = n-1, n-2, ..., 0: x[i] = (c[i] - U[i, i+1:] @ x[i+1:]) / U[i, i], where x starts as "
    "np.zeros(n).",
    "Before dividing, raise ValueError if abs(U[i, i]) <= tol * np.max(np.abs(U)).",
]
bans = {"back_substitution": ["numpy.linalg", "scipy"]}
ban_reason = ("write the loop from the last row up yourself, as the task and the notebook's ground "
              "rules say: np.linalg.solve and scipy.linalg.solve_triangular do it for you. "
              "np.linalg is the tool to use from 01_linear_algebra/03_analytic_geometry on.")

TOP_DOWN = ("you solved from the top row down, when the unknowns x[j] with j > i were not known "
            "yet. Back substitution starts at the LAST row (one unknown) and moves up.")
NO_DIVISION = ("after subtracting the known terms you must still divide by the diagonal entry "
               "U[i, i].")
TOO_STRICT = ("you raised ValueError although every diagonal entry is large compared with the "
              "other entries of U. The test is |U[i, i]| <= tol * max|U|, relative to the size of "
              "the entries and not a fixed number.")


SKIPS_ROW_0 = ("x[0] was never computed: range(n - 1, 0, -1) stops before row 0. Loop over "
               "range(n - 1, -1, -1), or reversed(range(n)).")
NEAR_ZERO = ("this diagonal entry is zero up to rounding: tiny compared with the largest entry of "
             "U. Raise ValueError when |U[i, i]| <= tol * max|U_ij|, the maximum over ALL entries "
             "of U (not only the diagonal), instead of testing == 0 or against a fixed number.")

TOL_IGNORED = ("right for the default tol, wrong for the tol passed in: use the caller's tol "
               "(threshold = tol * max|A|) and pass it on to the functions you call, instead of the "
               "default 1e-12.")


def _refuses(back_substitution, U, c, what, hint):
    try:
        expect_raises(ValueError, back_substitution, U, c, what=what)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {hint}", verdict=f"{m.verdict}; {hint}", hint=hint,
                       kind=m.kind) from None


def _solve(back_substitution, U, c, what):
    """Call the learner; a ValueError on a solvable system becomes a targeted failure."""
    try:
        return back_substitution(U, c)
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}), but the system has a unique solution.",
                    verdict="raised ValueError for a system with a unique solution", hint=TOO_STRICT)


def _top_down(U, c):
    """What solving from the top row down, with unknown x[j] taken as 0, returns."""
    return {TOP_DOWN: np.asarray(c, float) / np.diag(np.asarray(U, float))}


@test_case(points=1, hidden=False)
def test_three_by_three(back_substitution):
    """back_substitution([[2, 1, -1], [0, 3, 2], [0, 0, 4]], [1, 12, 12]) has solution [1, 2, 3]"""
    U = np.array([[2.0, 1.0, -1.0], [0.0, 3.0, 2.0], [0.0, 0.0, 4.0]])
    c = np.array([1.0, 12.0, 12.0])
    what = "back_substitution([[2, 1, -1], [0, 3, 2], [0, 0, 4]], [1, 12, 12])"
    mistakes = {**_top_down(U, c), NO_DIVISION: np.array([25.0, -12.0, 12.0]),
                SKIPS_ROW_0: np.array([0.0, 2.0, 3.0])}
    expect_close(_solve(back_substitution, U.copy(), c.copy(), what), np.array([1.0, 2.0, 3.0]),
                 what=what, misconceptions=mistakes)


@test_case(points=0.5, hidden=False)
def test_zero_on_diagonal(back_substitution):
    """a zero diagonal entry raises ValueError"""
    _refuses(back_substitution, np.array([[1.0, 2.0], [0.0, 0.0]]), np.array([1.0, 0.0]),
             "back_substitution([[1, 2], [0, 0]], [1, 0])",
             "a zero diagonal entry U[i, i] leaves no unique solution: raise ValueError before "
             "dividing by it.")


@test_case(points=0.5, hidden=True)
def test_random_triangular(back_substitution):
    """random upper-triangular systems from 1×1 to 12×12, integer input, tiny entries"""

    def mistakes(U, c):
        U, c = np.asarray(U, float), np.asarray(c, float)
        undivided = np.zeros(len(c))
        for i in range(len(c) - 1, -1, -1):
            undivided[i] = c[i] - U[i, i + 1:] @ undivided[i + 1:]
        skipped = np.linalg.solve(U, c)
        skipped[0] = 0.0                     # rows 1..n-1 are right, x[0] was never computed
        return {**_top_down(U, c), NO_DIVISION: undivided, SKIPS_ROW_0: skipped}

    rng = np.random.default_rng(2201)
    for n in (1, 2, 5, 9, 12):
        U = np.triu(rng.normal(size=(n, n)))
        U[np.diag_indices(n)] = rng.choice([-1.0, 1.0], size=n) * rng.uniform(0.5, 2.0, size=n)
        c = rng.normal(size=n)
        expect_close(_solve(back_substitution, U.copy(), c.copy(), f"back_substitution ({n}×{n})"),
                     np.linalg.solve(U, c), rtol=1e-9, atol=1e-12,
                     what=f"back_substitution on a random {n}×{n} system",
                     misconceptions=mistakes(U, c) if n > 1 else None)
    U_int = np.array([[3, -1, 2, 0], [0, 2, 1, -4], [0, 0, -5, 1], [0, 0, 0, 7]])
    c_int = np.array([4, -2, 3, 14])
    expect_close(_solve(back_substitution, U_int, c_int, "back_substitution (integer input)"),
                 np.linalg.solve(U_int.astype(float), c_int.astype(float)), rtol=1e-12,
                 what="back_substitution on integer arrays", misconceptions=mistakes(U_int, c_int))
    U_tiny = 1e-14 * np.array([[2.0, 1.0], [0.0, -1.0]])
    c_tiny = 1e-14 * np.array([3.0, 1.0])
    expect_close(_solve(back_substitution, U_tiny, c_tiny, "back_substitution (tiny entries)"),
                 np.array([2.0, -1.0]), rtol=1e-12,
                 what="back_substitution on a system with entries of size 1e-14")


@test_case(points=0.5, hidden=True)
def test_near_zero_diagonal_and_inputs_unchanged(back_substitution):
    """a diagonal entry that is zero up to rounding raises ValueError; U and c stay unchanged"""
    rng = np.random.default_rng(2202)
    U = np.triu(rng.normal(size=(5, 5))) + 3 * np.eye(5)
    U[2, 2] = 1e-15 * np.max(np.abs(U))
    _refuses(back_substitution, U, rng.normal(size=5),
             "back_substitution with a diagonal entry of 1e-15 times the largest entry", NEAR_ZERO)
    U = np.triu(rng.normal(size=(6, 6))) + 3 * np.eye(6)
    c = rng.normal(size=6)
    U0, c0 = U.copy(), c.copy()
    _solve(back_substitution, U, c, "back_substitution")
    expect_unchanged(U0, U, what="U")
    expect_unchanged(c0, c, what="c")


@test_case(points=0.25, hidden=True)
def test_scale_threshold_and_float_result(back_substitution):
    """entries of size 1e8, a tiny diagonal entry next to a large off-diagonal one, the zero matrix, integer input gives a float array"""
    rng = np.random.default_rng(2203)
    U = 1e8 * (np.triu(rng.normal(size=(4, 4))) + 3 * np.eye(4))
    c = 1e8 * rng.normal(size=4)
    what = "back_substitution on a system with entries of size 1e8"
    skipped = np.linalg.solve(U, c)
    skipped[0] = 0.0
    expect_close(_solve(back_substitution, U.copy(), c.copy(), what), np.linalg.solve(U, c),
                 rtol=1e-9, atol=0, what=what, misconceptions={**_top_down(U, c), SKIPS_ROW_0: skipped})
    _refuses(back_substitution, np.array([[1.0, 1e4], [0.0, 1e-9]]), np.array([1.0, 1.0]),
             "back_substitution with U[1, 1] = 1e-13 times the largest entry U[0, 1]", NEAR_ZERO)
    _refuses(back_substitution, np.zeros((2, 2)), np.zeros(2), "back_substitution(zero 2×2 U, zero c)",
             "every diagonal entry of the zero matrix is 0: with |U[i, i]| <= tol * max|U| (<=, not <) "
             "it is refused, since 0 <= 0.")
    U_int = np.array([[2, 1], [0, 4]])
    c_int = np.array([1, 3])
    x = _solve(back_substitution, U_int.copy(), c_int.copy(), "back_substitution on integer arrays")
    expect_close(x, np.array([0.125, 0.75]), what="back_substitution([[2, 1], [0, 4]], [1, 3])")
    expect_array(x, what="back_substitution([[2, 1], [0, 4]], [1, 3])")


@test_case(points=0.25, hidden=True)
def test_tol_argument(back_substitution):
    """the tol argument is used: a diagonal entry below tol * max|U| raises, one above it does not"""
    U = np.array([[1.0, 1.0], [0.0, 1e-8]])
    _refuses(back_substitution_tol(back_substitution, 1e-6), U, np.array([1.0, 1.0]),
             "back_substitution(U, c, tol=1e-6) with U[1, 1] = 1e-8 times max|U|", TOL_IGNORED)
    try:
        x = back_substitution(np.array([[1.0, 1.0], [0.0, 1e-3]]), np.array([2.0, 1e-3]), 1e-6)
    except ValueError as exc:
        expect_true(False, f"back_substitution(U, c, tol=1e-6) raised ValueError ({exc}), but every "
                    "diagonal entry is above tol * max|U|.",
                    verdict="raised ValueError although every |U[i, i]| > tol * max|U|",
                    hint=TOL_IGNORED)
    expect_close(x, np.array([1.0, 1.0]), what="back_substitution(U, c, tol=1e-6)")


def back_substitution_tol(back_substitution, tol):
    """The learner's function with the tol argument fixed (expect_raises passes positional args)."""
    return lambda U, c: back_substitution(U, c, tol)
