"""inverse_2x2: the inverse of a 2×2 matrix from its determinant and adjugate."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_close, expect_raises, expect_same_on_integers,
                            expect_true, expect_unchanged)

OK_FORMAT = False
name = "inverse_2x2"
hints = [
    "Unpack the entries: (a, b), (c, d) = A, then compute det = a*d - b*c.",
    "Swap a and d, negate b and c, and divide every entry by det.",
    "Before dividing, raise ValueError if abs(det) <= 1e-12 * np.max(np.abs(A))**2.",
]
bans = {"inverse_2x2": ["numpy.linalg", "scipy"]}
ban_reason = ("build the inverse from the 2×2 formula, (1 / (ad − bc)) [[d, −b], [−c, a]], "
              "yourself: np.linalg.inv and scipy.linalg.inv hide it. Notebook 2 "
              "(01_linear_algebra/02_linear_systems) inverts larger matrices by elimination; "
              "np.linalg is the tool to use from 01_linear_algebra/03_analytic_geometry on.")

ROUNDING = ("this matrix is singular up to rounding: its computed determinant is a rounding residue, "
            "tiny compared with the size of its entries. Raise ValueError when "
            "|det| <= 1e-12 * max|A_ij|², a threshold relative to the entries (not det == 0, not a "
            "fixed number such as 1e-12, and squared because det is a product of two entries).")
TOO_STRICT = ("you raised ValueError for an invertible matrix whose entries are merely small (or "
              "large). Singularity is relative: compare |det| with 1e-12 * max|A_ij|², not with a "
              "fixed number.")
SHAPE = "raise ValueError when A.shape != (2, 2): the formula is only for 2×2 matrices."


def _mistakes(A):
    (a, b), (c, d) = np.asarray(A, float)
    det = a * d - b * c
    return {
        "you forgot to divide by the determinant ad − bc.": np.array([[d, -b], [-c, a]]),
        "the adjugate swaps a and d and negates b and c — check which entries you negated.":
            np.array([[d, b], [c, a]]) / det,
        "that is the transpose of the inverse; the off-diagonal entries stay in their positions.":
            (np.array([[d, -b], [-c, a]]) / det).T,
        "you multiplied by the determinant; the formula divides by it, 1 / (ad − bc).":
            np.array([[d, -b], [-c, a]]) * det,
        "the determinant of [[a, b], [c, d]] is ad − bc (a minus sign), not ad + bc.":
            np.array([[d, -b], [-c, a]]) / (a * d + b * c),
        "the adjugate swaps the diagonal entries a and d; you left them in place.":
            np.array([[a, -b], [-c, d]]) / det,
    }


def _invert(inverse_2x2, A, what):
    try:
        return inverse_2x2(A)
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}), but A is invertible.",
                    verdict="raised ValueError for an invertible matrix", hint=TOO_STRICT)


def _refuses(inverse_2x2, A, what, hint):
    try:
        expect_raises(ValueError, inverse_2x2, A, what=what)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {hint}", verdict=f"{m.verdict}; {hint}", hint=hint,
                       kind=m.kind) from None


@test_case(points=1, hidden=False)
def test_simple_matrix(inverse_2x2):
    """A = [[4, 7], [2, 6]], determinant 10"""
    A = np.array([[4.0, 7.0], [2.0, 6.0]])
    expect_close(inverse_2x2(A.copy()), np.array([[0.6, -0.7], [-0.2, 0.4]]),
                 what="inverse_2x2([[4, 7], [2, 6]])", misconceptions=_mistakes(A))


@test_case(points=0.5, hidden=False)
def test_singular(inverse_2x2):
    """a singular matrix (second row twice the first) raises ValueError"""
    _refuses(inverse_2x2, np.array([[1.0, 2.0], [2.0, 4.0]]), "inverse_2x2([[1, 2], [2, 4]])",
             "a matrix whose determinant ad − bc is 0 has no inverse: raise ValueError.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1.5
