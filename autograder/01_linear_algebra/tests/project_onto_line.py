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


@test_case(points=0.5, hidden=True)
def test_random_lines(project_onto_line):
    """random x and b in 1 to 12 dimensions, b of very different lengths; inputs left unchanged"""
    def _reference(x, b):
        u = np.asarray(b, float) / np.linalg.norm(b)
        return (u @ np.asarray(x, float)) * u

    rng = np.random.default_rng(3101)
    for n, scale in ((1, 1.0), (2, 1e-3), (5, 1e3), (12, 7.0), (3, 0.5)):
        x, b = rng.normal(size=n), scale * rng.normal(size=n)
        x0, b0 = x.copy(), b.copy()
        expect_close(project_onto_line(x, b), _reference(x0, b0),
                     what=f"project_onto_line in {n} dimensions", misconceptions=_mistakes(x0, b0))
        expect_unchanged(x0, x, what="x")
        expect_unchanged(b0, b, what="b")


@test_case(points=0.5, hidden=True)
def test_special_positions(project_onto_line):
    """x on the line, x orthogonal to it, b reversed and rescaled, integer input, zero b in 4-D"""
    def _reference(x, b):
        u = np.asarray(b, float) / np.linalg.norm(b)
        return (u @ np.asarray(x, float)) * u

    rng = np.random.default_rng(3102)
    b = rng.normal(size=4)
    expect_close(project_onto_line(-2.5 * b, b.copy()), -2.5 * b, what="projection of a point on the line",
                 misconceptions=_mistakes(-2.5 * b, b))
    x = rng.normal(size=4)
    x_perp = x - (x @ b) / (b @ b) * b
    expect_close(project_onto_line(x_perp.copy(), b.copy()), np.zeros(4), atol=1e-12,
                 what="projection of a vector orthogonal to b", misconceptions=_mistakes(x_perp, b))
    expect_close(project_onto_line(x.copy(), -10 * b), _reference(x, b),
                 what="projection onto the line spanned by −10 b", misconceptions=_mistakes(x, -10 * b))
    xi, bi = np.array([3, -1, 2]), np.array([1, 2, 2])
    got = project_onto_line(xi, bi)
    expect_close(got, np.array([1.0, 2.0, 2.0]) * 5 / 9,
                 what="project_onto_line on integer arrays", misconceptions=_mistakes(xi, bi))
    expect_array(got, what="project_onto_line on integer arrays")
    expect_raises(ValueError, project_onto_line, rng.normal(size=4), np.zeros(4),
                  what="project_onto_line with b = 0 in 4 dimensions", when="for a zero b")
    expect_raises(ValueError, project_onto_line, np.array([1, 2, 3]), np.array([0, 0, 0]),
                  what="project_onto_line with an integer zero b", when="for an integer zero b")


@test_case(points=0.5, hidden=True)
def test_scale_and_contract(project_onto_line):
    """b of length 1e-60 to 1e60, b whose entries sum to 0, lists in, a float array out"""
    def _reference(x, b):
        u = np.asarray(b, float) / np.linalg.norm(b)
        return (u @ np.asarray(x, float)) * u

    rng = np.random.default_rng(3103)
    for scale in (1e-8, 1e8, 1e-60, 1e60):
        x, b = rng.normal(size=4), scale * rng.normal(size=4)
        what = f"project_onto_line with b of length about {scale:g}"
        got = _project(project_onto_line, x.copy(), b.copy(), what, f"(a vector of length {scale:g})")
        expect_close(got, _reference(x, b), rtol=1e-9, atol=1e-12, what=what,
                     misconceptions=_mistakes(x, b))
    x = 1e-9 * rng.normal(size=3)
    b = rng.normal(size=3)
    expect_close(project_onto_line(x.copy(), b.copy()), _reference(x, b), rtol=1e-9, atol=0.0,
                 what="project_onto_line with x of length 1e-9", misconceptions=_mistakes(x, b))
    for b in ([1.0, -1.0, 0.0], [2.0, -1.0, -1.0]):
        x = [0.5, 2.0, -1.0]
        what = f"project_onto_line([0.5, 2, -1], {b})"
        got = _project(project_onto_line, np.array(x), np.array(b), what, str(b))
        expect_close(got, _reference(x, b), what=what, misconceptions=_mistakes(x, b))
    got = project_onto_line([1, 2, 3, 4], [1, 0, 1, 0])
    expect_array(got, what="project_onto_line([1, 2, 3, 4], [1, 0, 1, 0]) (lists of integers)")
    expect_close(got, np.array([2.0, 0.0, 2.0, 0.0]), what="project_onto_line of two lists",
                 misconceptions=_mistakes([1, 2, 3, 4], [1, 0, 1, 0]))
    got = project_onto_line([3.0], [-2.0])
    expect_array(got, what="project_onto_line([3.0], [-2.0])")
    expect_close(got, np.array([3.0]), what="project_onto_line in one dimension")
