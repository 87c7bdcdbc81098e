"""project_onto_line: the orthogonal projection of x onto the line spanned by a non-zero b."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "project_onto_line"
hints = [
    "The projection is a multiple λ b of b. Choose λ so that the residual x − λ b is orthogonal to b.",
    "bᵀ(x − λ b) = 0 gives λ = bᵀx / bᵀb: divide by the squared length of b, not by its length.",
    "Convert both to float arrays, raise ValueError when no entry of b is non-zero (not np.any(b)), "
    "then return (b @ x) / (b @ b) * b.",
]


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


def _reference(x, b):
    """Independent reference: project onto the unit vector along b."""
    u = np.asarray(b, float) / np.linalg.norm(b)
    return (u @ np.asarray(x, float)) * u


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
HIDDEN_CASES = 2
HIDDEN_POINTS = 1.5
