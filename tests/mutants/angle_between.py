"""Wrong implementations of `angle`."""
import numpy as np


def degrees(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    c = u @ v / (np.linalg.norm(u) * np.linalg.norm(v))
    return float(np.degrees(np.arccos(np.clip(c, -1, 1))))


def no_clip(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    return float(np.arccos(u @ v / (np.linalg.norm(u) * np.linalg.norm(v))))


def returns_cosine(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    return float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))


def not_normalised(u, v):
    u, v = np.asarray(u, float), np.asarray(v, float)
    if not u.any() or not v.any():
        raise ValueError("zero vector")
    return float(np.arccos(np.clip(u @ v, -1, 1)))


MUTANTS = [
    ("angle", degrees, "radians"),
    ("angle", no_clip, "clip"),
    ("angle", returns_cosine, "arccos"),
    ("angle", not_normalised, "product of both lengths"),
]
