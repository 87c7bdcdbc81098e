"""Wrong implementations of `angle` (written without the banned shortcuts, as learners would)."""
import numpy as np
import scipy.spatial.distance

BANNED = "asks you not to use"


def _dot(u, v):
    total = 0.0
    for a, b in zip(u, v):
        total += a * b
    return total


def _norm(u):
    return _dot(u, u) ** 0.5


def _checked(u, v):
    nu, nv = _norm(u), _norm(v)
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    return nu, nv


def degrees(u, v):
    nu, nv = _checked(u, v)
    return float(np.degrees(np.arccos(np.clip(_dot(u, v) / (nu * nv), -1, 1))))


def no_clip(u, v):
    nu, nv = _checked(u, v)
    return float(np.arccos(_dot(u, v) / (nu * nv)))


def returns_cosine(u, v):
    nu, nv = _checked(u, v)
    return _dot(u, v) / (nu * nv)


def not_normalised(u, v):
    _checked(u, v)
    return float(np.arccos(np.clip(_dot(u, v), -1, 1)))


def clips_only_above(u, v):
    nu, nv = _checked(u, v)
    return float(np.arccos(min(_dot(u, v) / (nu * nv), 1.0)))


def checks_only_u(u, v):
    nu, nv = _norm(u), _norm(v)
    if nu == 0:
        raise ValueError("zero vector")
    with np.errstate(all="ignore"):
        return float(np.arccos(np.clip(np.float64(_dot(u, v)) / np.float64(nu * nv), -1, 1)))


def isclose_zero_test(u, v):
    nu, nv = _norm(u), _norm(v)
    if np.isclose(nu, 0) or np.isclose(nv, 0):
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(_dot(u, v) / (nu * nv), -1, 1)))


def absolute_length_threshold(u, v):
    nu, nv = _norm(u), _norm(v)
    if nu < 1e-6 or nv < 1e-6:
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(_dot(u, v) / (nu * nv), -1, 1)))


def l1_lengths(u, v):
    nu, nv = sum(abs(a) for a in u), sum(abs(b) for b in v)
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(_dot(u, v) / (nu * nv), -1, 1)))


def no_zero_check(u, v):
    return float(np.arccos(np.clip(_dot(u, v) / (_norm(u) * _norm(v)), -1, 1)))


def _cos_to_angle(u, v, dot_value, nu, nv):
    if nu == 0 or nv == 0:
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(dot_value / (nu * nv), -1, 1)))


def _f(x):
    return np.asarray(x, dtype=float)


def linalg_norms(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, _dot(u, v), np.linalg.norm(u), np.linalg.norm(v))


def scipy_cosine(u, v):
    u, v = _f(u), _f(v)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(1 - scipy.spatial.distance.cosine(u, v), -1, 1)))


def np_dot(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, np.dot(u, v), _norm(u), _norm(v))


def matmul_operator(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, u @ v, _norm(u), _norm(v))


def np_matmul(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, np.matmul(u, v), _norm(u), _norm(v))


def dot_method(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, u.dot(v), _norm(u), _norm(v))


def np_inner(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, np.inner(u, v), _norm(u), _norm(v))


def np_vdot(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, np.vdot(u, v), _norm(u), _norm(v))


def np_einsum(u, v):
    u, v = _f(u), _f(v)
    return _cos_to_angle(u, v, np.einsum("i,i", u, v), _norm(u), _norm(v))


MUTANTS = [
    ("angle", degrees, "radians"),
    ("angle", no_clip, "clip"),
    ("angle", returns_cosine, "arccos"),
    ("angle", not_normalised, "product of both lengths"),
    ("angle", clips_only_above, "BOTH sides"),
    ("angle", checks_only_u, "EITHER vector"),
    ("angle", isclose_zero_test, "short but not zero"),
    ("angle", absolute_length_threshold, "short but not zero"),
    ("angle", l1_lengths, "l1 norms"),
    ("angle", no_zero_check, "EITHER vector"),
    ("angle", linalg_norms, BANNED),
    ("angle", scipy_cosine, BANNED),
    ("angle", np_dot, BANNED),
    ("angle", matmul_operator, BANNED),
    ("angle", np_matmul, BANNED),
    ("angle", dot_method, BANNED),
    ("angle", np_inner, BANNED),
    ("angle", np_vdot, BANNED),
    ("angle", np_einsum, BANNED),
]


def refuses_lengths_below_1e_12(u, v):
    """Treats any vector shorter than 1e-12 as the zero vector."""
    nu, nv = _norm(u), _norm(v)
    if nu < 1e-12 or nv < 1e-12:
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(_dot(u, v) / (nu * nv), -1.0, 1.0)))


MUTANTS.append(("angle", refuses_lengths_below_1e_12, "short but not zero"))
