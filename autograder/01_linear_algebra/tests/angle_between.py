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


@test_case(points=0.5, hidden=True)
def test_parallel_and_opposite(angle):
    """parallel and opposite vectors, where rounding pushes the cosine past ±1"""
    rng = np.random.default_rng(1109)
    for _ in range(40):
        u = np.round(rng.normal(size=3), 2) + 0.01
        scale = rng.choice([3.0, -7.0, 0.1, -1 / 3])
        got = angle(u.copy(), scale * u)
        expect_close(got, 0.0 if scale > 0 else np.pi, what="angle of parallel vectors", atol=1e-6,
                     misconceptions={"the cosine left [-1, 1] through rounding and arccos gave nan: "
                                     "clip it first with np.clip(c, -1, 1).": np.nan})


@test_case(points=1, hidden=True)
def test_random_directions(angle):
    """random vectors in 2 to 30 dimensions"""
    rng = np.random.default_rng(1103)
    for n in (2, 3, 8, 30):
        u, v = rng.normal(size=n), rng.normal(size=n)
        c = u @ v / np.sqrt((u @ u) * (v @ v))
        expect_close(angle(u.copy(), v.copy()), np.arccos(c), what=f"angle(u, v) in {n} dimensions",
                     misconceptions=_mistakes(u, v))
