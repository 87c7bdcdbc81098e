"""project_onto_line: the orthogonal projection of x onto the line spanned by a non-zero b."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_array, expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "project_onto_line"
hints = [
    "The projection is a multiple λ b of b. Choose λ so that the residual x − λ b is orthogonal to b.",
    "bᵀ(x − λ b) = 0 gives λ = bᵀx / bᵀb: divide by the squared length of b, not by its length.",
    "Convert both to float arrays, raise ValueError when no entry of b is non-zero (not np.any(b)), "
    "then return (b @ x) / (b @ b) * b.",
]
GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.lstsq", "numpy.linalg.qr",
                "numpy.linalg.svd"]
bans = {"project_onto_line": GROUND_RULES}
ban_reason = ("this notebook builds projections from `@`, np.linalg.norm and np.linalg.solve "
              "yourself (its ground rules): λ = bᵀx / bᵀb is one division. np.linalg.inv, pinv, "
              "lstsq, qr and svd hide exactly that; svd is fine from 01_linear_algebra/04_eigen_svd "
              "on, lstsq and the others in step 04_apply_ml.")

NONZERO = ("b = {b} is not the zero vector, so it spans a line: raise ValueError only when every "
           "entry of b is exactly 0 (not np.any(b)) — not when its entries sum to 0, and not when it "
           "is merely short (no threshold such as ‖b‖ < 1e-10: a line does not care about units).")
AS_ARRAY = "the task asks for a 1-D float NumPy array of shape (n,)"


def _project(project_onto_line, x, b, what, shown_b):
    """Call the learner; a ValueError for a non-zero b is the mistake NONZERO names."""
    try:
        return project_onto_line(x, b)
    except ValueError:
        hint = NONZERO.format(b=shown_b)
        raise Mismatch(f"{what} raised ValueError. Hint: {hint}",
                       verdict=f"raised ValueError for a non-zero b; {hint}", hint=hint,
                       kind="raised") from None


def _mistakes(x, b):
    x, b = np.asarray(x, float), np.asarray(b, float)
    lam = (b @ x) / (b @ b)
    out = [
        ((b @ x) * b, "you forgot to divide by bᵀb: the projection is (bᵀx / bᵀb) b. "
                      "(bᵀx) b alone is right only when b has length 1."),
        ((b @ x) / np.sqrt(b @ b) * b, "divide bᵀx by bᵀb = ‖b‖², the squared length of b. "
                                       "Dividing by ‖b‖ once leaves the result scaled by ‖b‖."),
        (lam, "you returned the coordinate λ = bᵀx / bᵀb; the projection is the vector λ b."),
        (x - lam * b, "that is the residual x − π(x), the part of x orthogonal to the line; "
                      "return the projection itself."),
        (np.outer(b, b) / (b @ b) * x, "`*` multiplies entrywise: (b bᵀ / bᵀb) * x broadcasts x across "
                                       "the rows. Use `@` for a matrix-vector product, or simply (bᵀx / bᵀb) b."),
    ]
    if x.any():
        out.append(((x @ b) / (x @ x) * x, "you projected b onto the line through x. It is the other way "
                                           "round: project x onto the line spanned by b."))
    return out


@test_case(points=1, hidden=False)
def test_plane_and_space(project_onto_line):
    """x = [2, 3] onto b = [1, 1], and x = [1, 2, 3] onto b = [2, 0, 0]"""
    for x, b, expected, call in (([2.0, 3.0], [1.0, 1.0], [2.5, 2.5], "project_onto_line([2, 3], [1, 1])"),
                                 ([1.0, 2.0, 3.0], [2.0, 0.0, 0.0], [1.0, 0.0, 0.0],
                                  "project_onto_line([1, 2, 3], [2, 0, 0])")):
        x, b = np.array(x), np.array(b)
        expect_close(project_onto_line(x.copy(), b.copy()), np.array(expected), what=call,
                     misconceptions=_mistakes(x, b))


@test_case(points=0.5, hidden=False)
def test_zero_direction(project_onto_line):
    """b = [0, 0] spans no line: ValueError"""
    expect_raises(ValueError, project_onto_line, np.array([1.0, 2.0]), np.array([0.0, 0.0]),
                  what="project_onto_line([1, 2], [0, 0])", when="for b = [0, 0]")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
