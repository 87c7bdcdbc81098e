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


@test_case(points=0.5, hidden=True)
def test_parallel_and_opposite(angle):
    """parallel and opposite vectors, where rounding pushes the cosine past ±1"""
    rng = np.random.default_rng(1109)
    for _ in range(40):
        u = np.round(rng.normal(size=3), 2) + 0.01
        scale = rng.choice([3.0, -7.0, 0.1, -1 / 3])
        got = angle(u.copy(), scale * u)
        expect_close(got, 0.0 if scale > 0 else np.pi, what="angle of parallel vectors", atol=1e-6,
                     misconceptions={CLIP: np.nan})
    for u in ([0.1, 0.2, 0.3], [1 / 3, 2 / 3, 1.0], [0.7, -0.1, 0.2, 0.4]):
        u = np.array(u)
        for scale in (-1.0, -3.0, -0.1):
            expect_close(angle(u.copy(), scale * u), np.pi, what="angle of opposite vectors",
                         atol=1e-6, misconceptions={CLIP: np.nan})


@test_case(points=0.5, hidden=True)
def test_random_directions(angle):
    """random vectors in 2 to 30 dimensions"""
    rng = np.random.default_rng(1103)
    for n in (2, 3, 8, 30):
        u, v = rng.normal(size=n), rng.normal(size=n)
        c = u @ v / np.sqrt((u @ u) * (v @ v))
        expect_close(angle(u.copy(), v.copy()), np.arccos(c), what=f"angle(u, v) in {n} dimensions",
                     misconceptions=_mistakes(u, v))


@test_case(points=0.5, hidden=True)
def test_scale_dimension_one_and_zero_second_vector(angle):
    """vectors of length 1e-20 to 1e8, integer lists, n = 1; a zero v (or both zero) raises ValueError"""
    rng = np.random.default_rng(1112)
    u, v = rng.normal(size=4), rng.normal(size=4)
    expected = float(np.arccos(u @ v / np.sqrt((u @ u) * (v @ v))))
    for su, sv in ((1e-9, 1.0), (1.0, 1e-9), (1e8, 1e-9), (1e8, 1e8), (1e-15, 1e-15), (1e-20, 1.0)):
        what = f"angle(u, v) with |u| about {su:g} and |v| about {sv:g}"
        expect_close(_angle_of(angle, su * u, sv * v, what), expected, rtol=1e-9, what=what,
                     misconceptions=_mistakes(u, v))
    expect_close(_angle_of(angle, [3, 4], [4, 3], "angle([3, 4], [4, 3])"), float(np.arccos(24 / 25)),
                 what="angle([3, 4], [4, 3]) on integer lists", misconceptions=_mistakes([3, 4], [4, 3]))
    expect_close(_angle_of(angle, [2.0], [-5.0], "angle([2], [-5])"), np.pi, atol=1e-7,
                 what="angle([2], [-5]) in one dimension", misconceptions={CLIP: np.nan})
    expect_close(_angle_of(angle, [2.0], [0.5], "angle([2], [0.5])"), 0.0, atol=1e-7,
                 what="angle([2], [0.5]) in one dimension", misconceptions={CLIP: np.nan})
    _refuses_zero(angle, [1.0, 2.0, 3.0], [0.0, 0.0, 0.0], "angle(u, the zero vector)")
    _refuses_zero(angle, np.zeros(2), np.zeros(2), "angle of two zero vectors")
