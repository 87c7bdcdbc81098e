def power_iteration(A, x0, tol=1e-10, max_iter=1000):
    """Return (eigenvalue, unit eigenvector, iterations) of the dominant eigenpair of symmetric A."""
    A = np.asarray(A, dtype=float)
    v = np.array(x0, dtype=float)
    length = np.linalg.norm(v)
    if length == 0:
        raise ValueError("the start vector x0 must be non-zero")
    v = v / length
    eigenvalue = rayleigh_quotient(A, v)
    for iteration in range(1, max_iter + 1):
        w = A @ v
        v = w / np.linalg.norm(w)
        new_eigenvalue = rayleigh_quotient(A, v)
        if abs(new_eigenvalue - eigenvalue) < tol:
            return new_eigenvalue, v, iteration
        eigenvalue = new_eigenvalue
    return eigenvalue, v, max_iter
