def is_orthonormal(Q, tol=1e-8):
    """Return True when the columns of Q are orthonormal up to tol, entrywise on Q^T Q - I."""
    Q = np.asarray(Q, dtype=float)
    gram = Q.T @ Q
    return bool(np.all(np.abs(gram - np.eye(Q.shape[1])) <= tol))
