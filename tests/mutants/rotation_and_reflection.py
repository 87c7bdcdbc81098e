"""Wrong implementations of `rotation_matrix` and `reflection_matrix`."""
import numpy as np


def rotation_in_degrees(theta):
    t = np.radians(theta)  # treats theta as degrees
    return np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])


def rotation_converted_to_degrees(theta):
    t = np.degrees(theta)
    return np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])


def rotation_clockwise(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [-s, c]])


def rotation_swapped_sin_cos(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[s, -c], [c, s]])


def reflection_half_angle(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [s, -c]])


def reflection_across_normal(theta):
    c, s = np.cos(2 * theta), np.sin(2 * theta)
    return np.array([[-c, -s], [-s, c]])


def reflection_sign_error(theta):
    c, s = np.cos(2 * theta), np.sin(2 * theta)
    return np.array([[c, -s], [-s, -c]])


def reflection_is_rotation(theta):
    c, s = np.cos(2 * theta), np.sin(2 * theta)
    return np.array([[c, -s], [s, c]])


def reflection_in_degrees(theta):
    t = 2 * np.radians(theta)
    return np.array([[np.cos(t), np.sin(t)], [np.sin(t), -np.cos(t)]])


MUTANTS = [
    ("rotation_matrix", rotation_in_degrees, "radians"),
    ("rotation_matrix", rotation_converted_to_degrees, "radians"),
    ("rotation_matrix", rotation_clockwise, "clockwise"),
    ("rotation_matrix", rotation_swapped_sin_cos, "sends e1"),
    ("reflection_matrix", reflection_half_angle, "doubled angle"),
    ("reflection_matrix", reflection_across_normal, "perpendicular line"),
    ("reflection_matrix", reflection_sign_error, "angle −θ"),
    ("reflection_matrix", reflection_is_rotation, "not a reflection"),
    ("reflection_matrix", reflection_in_degrees, "radians"),
]


def rotation_as_list(theta):
    c, s = np.cos(theta), np.sin(theta)
    return [[c, -s], [s, c]]


def reflection_as_list(theta):
    c, s = np.cos(2 * theta), np.sin(2 * theta)
    return [[c, s], [s, -c]]


def _clockwise(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, s], [-s, c]])


def rotation_with_inv(theta):
    return np.linalg.inv(_clockwise(theta))          # R(θ) = R(−θ)⁻¹


def rotation_with_pinv(theta):
    return np.linalg.pinv(_clockwise(theta))


def rotation_with_lstsq(theta):
    return np.linalg.lstsq(_clockwise(theta), np.eye(2), rcond=None)[0]


def rotation_with_qr(theta):
    Q, R = np.linalg.qr(np.array([[np.cos(theta), 0.0], [np.sin(theta), 1.0]]))
    return Q * np.sign(np.diag(R))


def rotation_with_svd(theta):
    U, _, Vh = np.linalg.svd(_clockwise(theta).T)
    return U @ Vh


def _line_basis(theta):
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]])


def reflection_with_inv(theta):
    R = _line_basis(theta)
    return R @ np.diag([1.0, -1.0]) @ np.linalg.inv(R)   # rotate the line onto the x-axis and back


def reflection_with_pinv(theta):
    R = _line_basis(theta)
    return R @ np.diag([1.0, -1.0]) @ np.linalg.pinv(R)


def reflection_with_lstsq(theta):
    R = _line_basis(theta)
    return R @ np.diag([1.0, -1.0]) @ np.linalg.lstsq(R, np.eye(2), rcond=None)[0]


def reflection_with_qr(theta):
    Q, R = np.linalg.qr(_line_basis(theta))
    Q = Q * np.sign(np.diag(R))
    return Q @ np.diag([1.0, -1.0]) @ Q.T


def reflection_with_svd(theta):
    u = np.array([np.cos(theta), np.sin(theta)])
    U, _, _ = np.linalg.svd(np.outer(u, u))
    return U @ np.diag([1.0, -1.0]) @ U.T


BAN = "asks you not to use"
MUTANTS += [
    ("rotation_matrix", rotation_as_list, "NumPy array"),
    ("reflection_matrix", reflection_as_list, "NumPy array"),
    ("rotation_matrix", rotation_with_inv, BAN),
    ("rotation_matrix", rotation_with_pinv, BAN),
    ("rotation_matrix", rotation_with_lstsq, BAN),
    ("rotation_matrix", rotation_with_qr, BAN),
    ("rotation_matrix", rotation_with_svd, BAN),
    ("reflection_matrix", reflection_with_inv, BAN),
    ("reflection_matrix", reflection_with_pinv, BAN),
    ("reflection_matrix", reflection_with_lstsq, BAN),
    ("reflection_matrix", reflection_with_qr, BAN),
    ("reflection_matrix", reflection_with_svd, BAN),
]
