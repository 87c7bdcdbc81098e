"""angle_between: the angle between two vectors, in radians."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises

OK_FORMAT = False
name = "angle_between"
hints = [
    "cos ω is the dot product divided by the product of the two l2 norms.",
    "np.arccos returns radians already — do not convert to degrees.",
    "Clip the cosine to [-1, 1] with np.clip before np.arccos: rounding can give 1.0000000000000002.",
]


def _mistakes(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    c = (u @ v) / (np.linalg.norm(u) * np.linalg.norm(v))
    return {
        "the answer should be in radians; you returned degrees.": np.degrees(np.arccos(np.clip(c, -1, 1))),
        "you returned cos ω; apply np.arccos to get the angle itself.": c,
        "divide the dot product by the product of both lengths before taking arccos.":
            np.arccos(np.clip(u @ v, -1, 1)),
    }


@test_case(points=1, hidden=False)
def test_right_angle_and_45_degrees(angle):
    """[1, 0] vs [0, 2] is π/2; [1, 0] vs [1, 1] is π/4"""
    for u, v, expected in (([1.0, 0.0], [0.0, 2.0], np.pi / 2), ([1.0, 0.0], [1.0, 1.0], np.pi / 4)):
        expect_close(angle(u, v), expected, what=f"angle({u}, {v})", misconceptions=_mistakes(u, v))


@test_case(points=0.5, hidden=False)
def test_zero_vector(angle):
    """a zero vector raises ValueError"""
    expect_raises(ValueError, angle, [0.0, 0.0], [1.0, 2.0], what="angle([0, 0], [1, 2])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1.5
