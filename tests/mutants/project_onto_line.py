"""Wrong implementations of `project_onto_line`."""
import numpy as np


def _floats(x, b):
    x, b = np.asarray(x, float), np.asarray(b, float)
    if not b.any():
        raise ValueError("zero b")
    return x, b


def no_division(x, b):
    x, b = _floats(x, b)
    return (b @ x) * b


def divides_by_length(x, b):
    x, b = _floats(x, b)
    return (b @ x) / np.linalg.norm(b) * b


def returns_coordinate(x, b):
    x, b = _floats(x, b)
    return (b @ x) / (b @ b)


def returns_residual(x, b):
    x, b = _floats(x, b)
    return x - (b @ x) / (b @ b) * b


def matrix_star_vector(x, b):
    x, b = _floats(x, b)
    return np.outer(b, b) / (b @ b) * x


def swapped_roles(x, b):
    x, b = _floats(x, b)
    return (x @ b) / (x @ x) * x


def no_zero_check(x, b):
    x, b = np.asarray(x, float), np.asarray(b, float)
    with np.errstate(all="ignore"):
        return (b @ x) / (b @ b) * b


def in_place(x, b):
    if not np.any(b):
        raise ValueError("zero b")
    b *= (b @ x) / (b @ b)
    return b


MUTANTS = [
    ("project_onto_line", no_division, "divide by bᵀb"),
    ("project_onto_line", divides_by_length, "squared length"),
    ("project_onto_line", returns_coordinate, "the projection is the vector λ b"),
    ("project_onto_line", returns_residual, "residual"),
    ("project_onto_line", matrix_star_vector, "entrywise"),
    ("project_onto_line", swapped_roles, "other way round"),
    ("project_onto_line", no_zero_check, "ValueError"),
    ("project_onto_line", in_place, "in place"),
]
