"""rotation_and_reflection: the 2×2 rotation R(θ) and the reflection F(θ) across the line at angle θ."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.analytic_geometry import reflection as _reflection
from course.runtime.functions.analytic_geometry import rotation as _rotation
from course.runtime.testing import expect_array, expect_close, expect_true

OK_FORMAT = False
name = "rotation_and_reflection"
hints = [
    "The columns of a matrix are the images of e1 and e2. Rotating counter-clockwise by θ sends e1 to "
    "(cos θ, sin θ) and e2 to (−sin θ, cos θ).",
    "The reflection across the line with direction u = (cos θ, sin θ) is F = 2 u uᵀ − I; with the "
    "double-angle formulas that is [[cos 2θ, sin 2θ], [sin 2θ, −cos 2θ]].",
    "θ is already in radians, which is what np.cos and np.sin expect: no conversion. Build each matrix "
    "with np.array([[...], [...]], dtype=float).",
]
GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.lstsq", "numpy.linalg.qr",
                "numpy.linalg.svd"]
bans = {"rotation_matrix": GROUND_RULES, "reflection_matrix": GROUND_RULES}
ban_reason = ("write each 2×2 matrix from np.cos and np.sin (or as 2 u uᵀ − I): this notebook's "
              "ground rules keep np.linalg.inv, pinv, lstsq, qr and svd out of its exercises. svd is "
              "fine from 01_linear_algebra/04_eigen_svd on, the others in step 04_apply_ml.")

DEGREES = ("θ is given in radians, and np.cos / np.sin take radians: do not convert it with np.radians "
           "or np.degrees (or with a factor π/180).")
CLOCKWISE = ("that rotates clockwise: you returned R(θ)ᵀ = R(−θ). A positive θ turns counter-clockwise, "
             "so R(θ) = [[cos θ, −sin θ], [sin θ, cos θ]] with the minus sign in the top-right entry.")
HALF_ANGLE = ("the reflection uses the doubled angle: F(θ) = [[cos 2θ, sin 2θ], [sin 2θ, −cos 2θ]]. With θ "
              "itself you reflect across the line at angle θ/2.")
ACROSS_NORMAL = ("that reflects across the perpendicular line: it flips the direction (cos θ, sin θ) and "
                 "keeps the normal. Change the sign of every entry.")
MIRRORED_LINE = ("that reflects across the line at angle −θ: the off-diagonal entries are +sin 2θ, "
                 "both of them.")
ROTATION_NOT_REFLECTION = ("that is the rotation by 2θ (determinant +1), not a reflection: F(θ) = "
                           "[[cos 2θ, sin 2θ], [sin 2θ, −cos 2θ]] has determinant −1.")


def _near(a, b, tol=1e-9):
    """Entrywise |a − b| <= tol (a cheap np.allclose for 2×2 matrices and 2-vectors)."""
    return float(np.max(np.abs(np.asarray(a) - np.asarray(b)))) <= tol


def _rotation_mistakes(t):
    return [(_rotation(t * np.pi / 180), DEGREES), (_rotation(np.degrees(t)), DEGREES),
            (_rotation(t).T, CLOCKWISE)]


def _reflection_mistakes(t):
    c, s = np.cos(t), np.sin(t)
    return [(np.array([[c, s], [s, -c]]), HALF_ANGLE), (-_reflection(t), ACROSS_NORMAL),
            (_reflection(-t), MIRRORED_LINE), (_rotation(2 * t), ROTATION_NOT_REFLECTION),
            (_reflection(t * np.pi / 180), DEGREES), (_reflection(np.degrees(t)), DEGREES)]


def _matrix(got, expected, what, mistakes):
    """The result as a finite (2, 2) float array; otherwise expect_close explains what is wrong."""
    try:
        arr = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        arr = None
    if arr is None or arr.shape != (2, 2) or not np.all(np.isfinite(arr)):
        expect_close(got, expected, what=what, misconceptions=mistakes)
    hint = None
    for wrong, text in mistakes:
        if _near(arr, wrong):
            hint = text
            break
    return arr, hint


def _det(M):
    return float(M[0, 0] * M[1, 1] - M[0, 1] * M[1, 0])


def _check_rotation(got, t, what):
    expected = _rotation(t)
    mistakes = [(w, h) for w, h in _rotation_mistakes(t) if not _near(w, expected)]
    R, hint = _matrix(got, expected, what, mistakes)
    if not _near(R.T @ R, np.eye(2)):
        expect_true(False, f"{what} is not orthogonal: RᵀR ≠ I, so it changes lengths. A rotation keeps "
                    "them.", verdict="the rotation is not orthogonal", hint=hint)
    if abs(_det(R) - 1.0) > 1e-9:
        expect_true(False, f"{what} has determinant {_det(R):.3g}; a rotation has determinant +1.",
                    verdict="the rotation's determinant is not +1", hint=hint)
    image, target = R[:, 0], np.array([np.cos(t), np.sin(t)])
    if not _near(image, target):
        expect_true(False, f"{what} sends e1 = (1, 0) to {np.round(image, 4).tolist()}; a counter-clockwise "
                    f"rotation by θ sends it to (cos θ, sin θ) = {np.round(target, 4).tolist()}.",
                    verdict="R(θ) e1 is not (cos θ, sin θ)", hint=hint)
    expect_close(R, expected, what=what, misconceptions=mistakes)
    expect_array(got, what=what)


def _check_reflection(got, t, what):
    expected = _reflection(t)
    mistakes = [(w, h) for w, h in _reflection_mistakes(t) if not _near(w, expected)]
    F, hint = _matrix(got, expected, what, mistakes)
    u, n = np.array([np.cos(t), np.sin(t)]), np.array([-np.sin(t), np.cos(t)])
    if not _near(F.T @ F, np.eye(2)):
        expect_true(False, f"{what} is not orthogonal: FᵀF ≠ I, so it changes lengths. A reflection keeps "
                    "them.", verdict="the reflection is not orthogonal", hint=hint)
    if abs(_det(F) + 1.0) > 1e-9:
        expect_true(False, f"{what} has determinant {_det(F):.3g}; a reflection has determinant −1.",
                    verdict="the reflection's determinant is not −1", hint=hint)
    if not (_near(F @ u, u) and _near(F @ n, -n)):
        expect_true(False, f"{what} should keep the line's direction u = (cos θ, sin θ) and flip its normal "
                    f"n = (−sin θ, cos θ), but F u = {np.round(F @ u, 4).tolist()} and "
                    f"F n = {np.round(F @ n, 4).tolist()}.",
                    verdict="F does not fix the line's direction and flip its normal", hint=hint)
    expect_close(F, expected, what=what, misconceptions=mistakes)
    expect_array(got, what=what)


@test_case(points=1, hidden=False)
def test_rotation_values(rotation_matrix):
    """rotation_matrix(np.pi / 2) = [[0, -1], [1, 0]] and rotation_matrix(np.pi / 6)"""
    _check_rotation(rotation_matrix(np.pi / 2), np.pi / 2, what="rotation_matrix(np.pi / 2)")
    _check_rotation(rotation_matrix(np.pi / 6), np.pi / 6, what="rotation_matrix(np.pi / 6)")


@test_case(points=0.75, hidden=False)
def test_reflection_values(reflection_matrix):
    """reflection_matrix(0) = [[1, 0], [0, -1]], reflection_matrix(np.pi / 6), reflection_matrix(np.pi / 4) = [[0, 1], [1, 0]]"""
    _check_reflection(reflection_matrix(0.0), 0.0, what="reflection_matrix(0.0)")
    _check_reflection(reflection_matrix(np.pi / 6), np.pi / 6, what="reflection_matrix(np.pi / 6)")
    _check_reflection(reflection_matrix(np.pi / 4), np.pi / 4, what="reflection_matrix(np.pi / 4)")


@test_case(points=0.75, hidden=True)
def test_rotation_any_angle(rotation_matrix):
    """negative, large and integer angles; R(α) R(β) = R(α + β); R(θ) R(−θ) = I"""
    rng = np.random.default_rng(3601)
    for t in (-2.0, 0, 1, 7.5, 100.0, 3 * np.pi / 2, *rng.uniform(-10, 10, size=2)):
        _check_rotation(rotation_matrix(t), float(t), what=f"rotation_matrix({t})")
    for a, b in rng.uniform(-4, 4, size=(2, 2)):
        composed = np.asarray(rotation_matrix(a), float) @ np.asarray(rotation_matrix(b), float)
        expect_close(composed, _rotation(a + b), what="rotation_matrix(a) @ rotation_matrix(b)")
        undone = np.asarray(rotation_matrix(a), float) @ np.asarray(rotation_matrix(-a), float)
        expect_close(undone, np.eye(2), atol=1e-12, what="rotation_matrix(a) @ rotation_matrix(-a)")


@test_case(points=0.5, hidden=True)
def test_reflection_any_angle(reflection_matrix):
    """negative, large and integer angles; F² = I and Fᵀ = F"""
    rng = np.random.default_rng(3602)
    for t in (-1.0, 2, np.pi / 2, 9.0, *rng.uniform(-10, 10, size=2)):
        F = reflection_matrix(t)
        _check_reflection(F, float(t), what=f"reflection_matrix({t})")
        F = np.asarray(F, float)
        expect_close(F @ F, np.eye(2), atol=1e-12, what="reflecting twice, F @ F")
        expect_close(F.T, F, what="the transpose of the reflection")
