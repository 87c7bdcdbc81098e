"""Valid alternatives to `back_substitution` that must earn full marks."""
import numpy as np


def with_explicit_inner_loop(U, c, tol=1e-12):
    U = np.asarray(U, dtype=float)
    c = np.asarray(c, dtype=float)
    n = len(c)
    threshold = tol * np.abs(U).max()
    x = np.empty(n)
    for i in reversed(range(n)):
        if abs(U[i, i]) <= threshold:
            raise ValueError(f"no unique solution: U[{i}, {i}] is zero up to rounding")
        s = c[i]
        for j in range(i + 1, n):
            s -= U[i, j] * x[j]
        x[i] = s / U[i, i]
    return x


def column_oriented(U, c, tol=1e-12):
    """Solve x[i], then remove its contribution from every row above (column-oriented order)."""
    U = np.array(U, dtype=float)
    rhs = np.array(c, dtype=float)
    n = len(rhs)
    threshold = tol * np.max(np.abs(U))
    if np.any(np.abs(np.diag(U)) <= threshold):
        raise ValueError("a diagonal entry is zero up to rounding")
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = rhs[i] / U[i, i]
        rhs[:i] -= U[:i, i] * x[i]
    return x


ALTERNATIVES = [("back_substitution", with_explicit_inner_loop),
                ("back_substitution", column_oriented)]
