def rayleigh_quotient(A, x):
    """Return x^T A x / x^T x for a symmetric matrix A and a non-zero vector x."""
    A = np.asarray(A, dtype=float)
    x = np.asarray(x, dtype=float)
    length_squared = x @ x
    if length_squared == 0:
        raise ValueError("the Rayleigh quotient is undefined at x = 0")
    return float(x @ A @ x / length_squared)
