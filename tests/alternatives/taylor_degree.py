"""Valid alternatives to `taylor_degree` that must earn full marks."""
import math


def while_loop(M, r, tol, max_degree=1000):
    if M < 0 or r < 0 or tol <= 0:
        raise ValueError("M, r must be >= 0 and tol > 0")
    n, bound = 0, float(M * r)
    while bound > tol:
        n += 1
        if n > max_degree:
            raise ValueError("no degree up to max_degree is enough")
        bound = bound * r / (n + 1)
    return n, bound


def exact_integers_when_possible(M, r, tol, max_degree=1000):
    if M < 0 or r < 0 or not tol > 0:
        raise ValueError("invalid arguments")
    ratio = float(M) * float(r)
    n = 0
    while n <= max_degree:
        if ratio <= tol:
            return int(n), float(ratio)
        n += 1
        ratio = ratio * (float(r) / (n + 1))
    raise ValueError("max_degree too small")


def update_then_test_from_M(M, r, tol, max_degree=1000):
    """b starts at M and is multiplied by r / (n + 1) before each test: b = M r^(n+1) / (n+1)!."""
    if M < 0 or r < 0 or tol <= 0:
        raise ValueError("M, r must be >= 0 and tol > 0")
    bound = float(M)
    for n in range(max_degree + 1):
        bound *= r / (n + 1)
        if bound <= tol:
            return n, float(bound)
    raise ValueError("no degree up to max_degree is enough")


ALTERNATIVES = [("taylor_degree", while_loop), ("taylor_degree", exact_integers_when_possible),
                ("taylor_degree", update_then_test_from_M)]
