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
