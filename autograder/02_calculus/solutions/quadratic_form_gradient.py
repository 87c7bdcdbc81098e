def quadratic_gradient(A, b, x):
    """Return the gradient (A + A^T) x + b of f(x) = x^T A x + b^T x + c."""
    A = np.asarray(A, dtype=float)
    b = np.asarray(b, dtype=float)
    x = np.asarray(x, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    n = A.shape[0]
    if b.shape != (n,) or x.shape != (n,):
        raise ValueError(f"b and x must have shape ({n},), got {b.shape} and {x.shape}")
    return (A + A.T) @ x + b


def quadratic_hessian(A):
    """Return the Hessian A + A^T of f(x) = x^T A x + b^T x + c."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"A must be square, got shape {A.shape}")
    return A + A.T
