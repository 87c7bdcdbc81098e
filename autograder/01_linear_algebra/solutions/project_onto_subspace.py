def project_onto_subspace(B, x):
    """Return (lam, projection): the coordinates and the projection of x onto the column space of B."""
    B = np.asarray(B, dtype=float)
    x = np.asarray(x, dtype=float)
    lam = np.linalg.solve(B.T @ B, B.T @ x)
    return lam, B @ lam
