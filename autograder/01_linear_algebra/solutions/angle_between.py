def angle(u, v):
    """Return the angle in radians, in [0, pi], between two non-zero vectors."""
    nu, nv = norm(u, 2), norm(v, 2)
    if nu == 0 or nv == 0:
        raise ValueError("the angle with a zero vector is undefined")
    cosine = dot(u, v) / (nu * nv)
    return float(np.arccos(np.clip(cosine, -1.0, 1.0)))
