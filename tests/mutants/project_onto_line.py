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


def zero_sum_check(x, b):
    x, b = np.asarray(x, float), np.asarray(b, float)
    if np.sum(b) == 0:
        raise ValueError("zero b")
    return (b @ x) / (b @ b) * b


def absolute_threshold(x, b):
    x, b = np.asarray(x, float), np.asarray(b, float)
    if np.linalg.norm(b) < 1e-10:
        raise ValueError("b is (numerically) zero")
    return (b @ x) / (b @ b) * b


def returns_list(x, b):
    x, b = _floats(x, b)
    lam = (b @ x) / (b @ b)
    return [lam * bi for bi in b]


def integer_output(x, b):
    x, b = np.asarray(x), np.asarray(b)
    if not b.any():
        raise ValueError("zero b")
    out = np.zeros_like(b)
    out[:] = (b @ x) / (b @ b) * b
    return out


def unit_vector_squared_threshold(x, b):
    x, b = np.asarray(x, float), np.asarray(b, float)
    if b @ b < 1e-12:
        raise ValueError("b is zero")
    u = b / np.linalg.norm(b)
    return (u @ x) * u


def with_lstsq(x, b):
    x, b = _floats(x, b)
    lam = np.linalg.lstsq(b[:, None], x, rcond=None)[0]
    return lam[0] * b


def with_pinv(x, b):
    x, b = _floats(x, b)
    return b * (np.linalg.pinv(b[:, None]) @ x)[0]


def with_inv(x, b):
    x, b = _floats(x, b)
    B = b[:, None]
    return B @ np.linalg.inv(B.T @ B) @ B.T @ x


def with_qr(x, b):
    x, b = _floats(x, b)
    Q, _ = np.linalg.qr(b[:, None])
    return Q[:, 0] * (Q[:, 0] @ x)


def with_svd(x, b):
    x, b = _floats(x, b)
    U, _, _ = np.linalg.svd(b[:, None], full_matrices=False)
    return U[:, 0] * (U[:, 0] @ x)


BAN = "asks you not to use"
MUTANTS += [
    ("project_onto_line", zero_sum_check, "not when its entries sum to 0"),
    ("project_onto_line", absolute_threshold, "no threshold"),
    ("project_onto_line", returns_list, "NumPy array"),
    ("project_onto_line", integer_output, "dtype"),
    ("project_onto_line", unit_vector_squared_threshold, "no threshold"),
    ("project_onto_line", with_lstsq, BAN),
    ("project_onto_line", with_pinv, BAN),
    ("project_onto_line", with_inv, BAN),
    ("project_onto_line", with_qr, BAN),
    ("project_onto_line", with_svd, BAN),
]
