"""Valid alternatives to `rotation_matrix` and `reflection_matrix` that must earn full marks."""
import math

import numpy as np


def rotation_from_images(theta):
    """The columns are the images of e1 and e2, built with math.cos / math.sin."""
    e1_image = [math.cos(theta), math.sin(theta)]
    e2_image = [-math.sin(theta), math.cos(theta)]
    return np.column_stack([e1_image, e2_image]).astype(float)


def reflection_via_projection(theta):
    """F = 2 u uᵀ − I: go to the projection onto the line, then as far again."""
    u = np.array([np.cos(theta), np.sin(theta)])
    return 2.0 * np.outer(u, u) - np.eye(2)


def reflection_by_conjugation(theta):
    """Rotate the line onto the x-axis, mirror there, rotate back: R(θ) diag(1, −1) R(θ)ᵀ."""
    c, s = np.cos(theta), np.sin(theta)
    R = np.array([[c, -s], [s, c]])
    return R @ np.diag([1.0, -1.0]) @ R.T


def rotation_via_complex(theta):
    z = np.exp(1j * theta)
    return np.array([[z.real, -z.imag], [z.imag, z.real]])


ALTERNATIVES = [("rotation_matrix", rotation_from_images),
                ("reflection_matrix", reflection_via_projection),
                ("reflection_matrix", reflection_by_conjugation),
                ("rotation_matrix", rotation_via_complex)]
