def rotation_matrix(theta):
    """Return the 2x2 matrix of the counter-clockwise rotation by theta radians."""
    c, s = np.cos(theta), np.sin(theta)
    return np.array([[c, -s], [s, c]], dtype=float)


def reflection_matrix(theta):
    """Return the 2x2 matrix of the reflection across the line through 0 at angle theta radians."""
    c, s = np.cos(2 * theta), np.sin(2 * theta)
    return np.array([[c, s], [s, -c]], dtype=float)
