def back_substitution(U, c, tol=1e-12):
    """Return x solving U x = c for square upper-triangular U, working from the last row up."""
    U = np.asarray(U, dtype=float)
    c = np.asarray(c, dtype=float)
    n = U.shape[0]
    threshold = tol * np.max(np.abs(U)) if U.size else 0.0
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= threshold:
            raise ValueError(f"U[{i}, {i}] is zero up to rounding: no unique solution")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x
