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


def back_substitution_tol(back_substitution, tol):
    """The learner's function with the tol argument fixed (expect_raises passes positional args)."""
    return lambda U, c: back_substitution(U, c, tol)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.5
