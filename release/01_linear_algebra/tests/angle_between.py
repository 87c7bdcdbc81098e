"""angle_between: the angle between two vectors, in radians."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_raises, expect_true

OK_FORMAT = False
name = "angle_between"
hints = [
    "cos ω is the dot product divided by the product of the two l2 norms.",
    "np.arccos returns radians already — do not convert to degrees.",
    "Clip the cosine to [-1, 1] with np.clip before np.arccos: rounding can give 1.0000000000000002.",
]
bans = {"angle": ["numpy.linalg", "scipy", "numpy.dot", "numpy.matmul", "@", ".dot", "numpy.inner",
                  "numpy.vdot", "numpy.einsum"]}
ban_reason = ("build the angle from your own dot and norm (sections 1 and 2): np.linalg.norm, "
              "scipy's cosine distance and the dot-product shortcuts (np.dot, @, np.inner, ...) "
              "are what this notebook asks you to write. `@` is the tool to use from "
              "01_linear_algebra/02_linear_systems on, np.linalg from "
              "01_linear_algebra/03_analytic_geometry on.")

CLIP = ("the cosine left [-1, 1] through rounding and arccos gave nan: clip it on BOTH sides "
        "first, np.clip(c, -1.0, 1.0).")
ZERO = ("raise ValueError when EITHER vector is the zero vector: check u and v, before dividing by "
        "their lengths.")
TINY = ("you refused a vector that is short but not zero. Only the zero vector has no direction: "
        "test `norm == 0` (or not np.any(u)), not a threshold such as norm < 1e-8 or "
        "np.isclose(norm, 0), since an angle does not depend on the vectors' lengths.")


def _mistakes(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    c = np.sum(u * v) / (np.sqrt(np.sum(u * u)) * np.sqrt(np.sum(v * v)))
    return {
        "the answer should be in radians; you returned degrees.": np.degrees(np.arccos(np.clip(c, -1, 1))),
        "you returned cos ω; apply np.arccos to get the angle itself.": c,
        "divide the dot product by the product of both lengths before taking arccos.":
            np.arccos(np.clip(np.sum(u * v), -1, 1)),
        "cos ω divides by the l2 lengths √(Σ x_i²); you divided by the l1 norms Σ|x_i|.":
            np.arccos(np.clip(np.sum(u * v) / (np.sum(np.abs(u)) * np.sum(np.abs(v))), -1, 1)),
    }


def _refuses_zero(angle, u, v, what):
    try:
        expect_raises(ValueError, angle, u, v, what=what)
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {ZERO}", verdict=f"{m.verdict}; {ZERO}", hint=ZERO,
                       kind=m.kind) from None


def _angle_of(angle, u, v, what):
    """Call the learner on non-zero vectors: a ValueError there gets the TINY hint."""
    try:
        return angle(u, v)
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}), but neither vector is zero.",
                    verdict="raised ValueError for two non-zero vectors", hint=TINY)


@test_case(points=1, hidden=False)
def test_right_angle_and_45_degrees(angle):
    """[1, 0] vs [0, 2] is π/2; [1, 0] vs [1, 1] is π/4"""
    for u, v, expected in (([1.0, 0.0], [0.0, 2.0], np.pi / 2), ([1.0, 0.0], [1.0, 1.0], np.pi / 4)):
        expect_close(angle(u, v), expected, what=f"angle({u}, {v})", misconceptions=_mistakes(u, v))


@test_case(points=0.5, hidden=False)
def test_zero_vector(angle):
    """a zero vector raises ValueError"""
    _refuses_zero(angle, [0.0, 0.0], [1.0, 2.0], "angle([0, 0], [1, 2])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
