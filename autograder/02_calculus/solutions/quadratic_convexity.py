def classify_quadratic(A, tol=1e-10):
    """Return (kind, lambda_min) for f(x) = x^T A x / 2 + b^T x from the Hessian (A + A^T) / 2."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    eigenvalues = np.linalg.eigvalsh((A + A.T) / 2)
    lambda_min = float(eigenvalues[0])
    threshold = tol * float(np.max(np.abs(eigenvalues)))
    if lambda_min > threshold:
        return "strictly convex", lambda_min
    if lambda_min >= -threshold:
        return "convex", lambda_min
    return "not convex", lambda_min
