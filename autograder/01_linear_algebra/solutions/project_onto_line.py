def project_onto_line(x, b):
    """Return the orthogonal projection of x onto the line spanned by the non-zero vector b."""
    x = np.asarray(x, dtype=float)
    b = np.asarray(b, dtype=float)
    if not np.any(b):
        raise ValueError("b is the zero vector: it does not span a line")
    return (b @ x) / (b @ b) * b
