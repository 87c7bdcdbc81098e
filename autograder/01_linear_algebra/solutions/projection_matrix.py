def projection_matrix(B):
    """Return the (n, n) matrix of the orthogonal projection onto the column space of B."""
    B = np.asarray(B, dtype=float)
    return B @ np.linalg.solve(B.T @ B, B.T)
