"""Reference matrices for 01_linear_algebra/03_analytic_geometry (used by its hidden cases and
by the wrong answers its tests recognise)."""
import numpy as np


def rotation(t):
    """R(t), the counter-clockwise rotation by t radians."""
    c, s = np.cos(t), np.sin(t)
    return np.array([[c, -s], [s, c]])


def reflection(t):
    """F(t), the reflection across the line at angle t, built as 2 u uᵀ − I."""
    u = np.array([np.cos(t), np.sin(t)])
    return 2 * np.outer(u, u) - np.eye(2)
