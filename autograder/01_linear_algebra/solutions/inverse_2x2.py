def inverse_2x2(A):
    """Return the inverse of a 2x2 matrix via the adjugate formula; ValueError if singular."""
    A = np.asarray(A, dtype=float)
    if A.shape != (2, 2):
        raise ValueError(f"expected a 2x2 matrix, got shape {A.shape}")
    (a, b), (c, d) = A
    det = a * d - b * c
    scale = np.max(np.abs(A)) ** 2
    if abs(det) <= 1e-12 * scale:
        raise ValueError("matrix is singular (determinant is zero)")
    return np.array([[d, -b], [-c, a]]) / det
