"""Valid alternatives to `project_onto_line` that must earn full marks."""
import numpy as np


def via_unit_vector(x, b):
    x = np.array(x, dtype=float)
    b = np.array(b, dtype=float)
    length = np.linalg.norm(b)
    if length == 0:
        raise ValueError("b is the zero vector")
    u = b / length
    return (u @ x) * u


def via_projection_matrix(x, b):
    x = np.asarray(x, dtype=float)
    b = np.asarray(b, dtype=float)
    if np.all(b == 0):
        raise ValueError("b is the zero vector")
    P = np.outer(b, b) / (b @ b)
    return P @ x


def with_loops(x, b):
    x = [float(v) for v in x]
    b = [float(v) for v in b]
    if all(v == 0 for v in b):
        raise ValueError("b spans no line")
    lam = sum(bi * xi for bi, xi in zip(b, x)) / sum(bi * bi for bi in b)
    return np.array([lam * bi for bi in b])


ALTERNATIVES = [("project_onto_line", via_unit_vector),
                ("project_onto_line", via_projection_matrix),
                ("project_onto_line", with_loops)]
