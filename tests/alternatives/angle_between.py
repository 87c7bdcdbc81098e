"""Valid alternatives to `angle` that must earn full marks."""
import math

import numpy as np


def via_arctan2(u, v):
    """atan2(|u| |v| sin ω, u·v): accurate near 0 and π, and needs no clipping."""
    u, v = np.asarray(u, dtype=float), np.asarray(v, dtype=float)
    if not np.any(u) or not np.any(v):
        raise ValueError("the angle with a zero vector is undefined")
    uu, vv, uv = float(np.sum(u * u)), float(np.sum(v * v)), float(np.sum(u * v))
    cross = math.sqrt(max(uu * vv - uv * uv, 0.0))
    return math.atan2(cross, uv)


def unit_vectors_first(u, v):
    lengths = [math.sqrt(sum(a * a for a in w)) for w in (u, v)]
    if 0.0 in lengths:
        raise ValueError("zero vector")
    cu = [a / lengths[0] for a in u]
    cv = [b / lengths[1] for b in v]
    c = sum(a * b for a, b in zip(cu, cv))
    return np.arccos(max(-1.0, min(1.0, c)))


ALTERNATIVES = [("angle", via_arctan2), ("angle", unit_vectors_first)]


def half_angle_formula(u, v):
    """Kahan's formula 2·atan2(‖a − b‖, ‖a + b‖) on the unit vectors: accurate for tiny angles too."""
    u, v = [float(x) for x in u], [float(x) for x in v]
    nu = math.sqrt(sum(x * x for x in u))
    nv = math.sqrt(sum(x * x for x in v))
    if len(u) != len(v) or nu == 0 or nv == 0:
        raise ValueError("zero vector")
    a, b = [x / nu for x in u], [x / nv for x in v]
    minus = math.sqrt(sum((x - y) ** 2 for x, y in zip(a, b)))
    plus = math.sqrt(sum((x + y) ** 2 for x, y in zip(a, b)))
    return 2.0 * math.atan2(minus, plus)


ALTERNATIVES.append(("angle", half_angle_formula))
