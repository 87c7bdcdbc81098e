def taylor_degree(M, r, tol, max_degree=1000):
    """Return (n, bound): the smallest degree n with M r^(n+1) / (n+1)! <= tol, and that bound."""
    if M < 0 or r < 0:
        raise ValueError("M and r must be non-negative")
    if not tol > 0:
        raise ValueError("the tolerance must be positive")
    bound = float(M) * float(r)          # n = 0: M r^1 / 1!
    for n in range(max_degree + 1):
        if n > 0:
            bound *= r / (n + 1)
        if bound <= tol:
            return n, bound
    raise ValueError(f"no degree up to {max_degree} reaches the tolerance {tol}")
