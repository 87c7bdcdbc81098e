"""Wrong implementations of `back_substitution`."""
import numpy as np


def top_down(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = len(c)
    x = np.zeros(n)
    for i in range(n):
        if abs(U[i, i]) <= tol * np.max(np.abs(U)):
            raise ValueError("singular")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def forgets_to_divide(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = len(c)
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= tol * np.max(np.abs(U)):
            raise ValueError("singular")
        x[i] = c[i] - U[i, i + 1:] @ x[i + 1:]
    return x


def exact_zero_test(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = len(c)
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        if U[i, i] == 0:
            raise ValueError("singular")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def absolute_tolerance(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = len(c)
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= tol:
            raise ValueError("singular")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def overwrites_c(U, c, tol=1e-12):
    U = np.asarray(U, dtype=float)
    x = np.asarray(c, dtype=float)
    n = len(x)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= tol * np.max(np.abs(U)):
            raise ValueError("singular")
        x[i] = (x[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def integer_solution_array(U, c, tol=1e-12):
    U, c = np.asarray(U), np.asarray(c)
    n = len(c)
    x = np.zeros(n, dtype=c.dtype)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= tol * np.max(np.abs(U)):
            raise ValueError("singular")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


MUTANTS = [
    ("back_substitution", top_down, "from the top row down"),
    ("back_substitution", forgets_to_divide, "divide by the diagonal entry"),
    ("back_substitution", exact_zero_test, None),
    ("back_substitution", absolute_tolerance, "relative to the size"),
    ("back_substitution", overwrites_c, "in place"),
    ("back_substitution", integer_solution_array, "float copy"),
]


def skips_row_zero(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = len(c)
    x = np.zeros(n)
    for i in range(n - 1, 0, -1):
        if abs(U[i, i]) <= tol * np.max(np.abs(U)):
            raise ValueError("singular")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def threshold_from_diagonal(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = len(c)
    threshold = tol * np.max(np.abs(np.diag(U)))
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= threshold:
            raise ValueError("singular")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def returns_list(U, c, tol=1e-12):
    n = len(c)
    scale = max(abs(float(v)) for row in U for v in row)
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        if abs(U[i][i]) <= tol * scale:
            raise ValueError("singular")
        x[i] = (c[i] - sum(U[i][j] * x[j] for j in range(i + 1, n))) / U[i][i]
    return x


def integer_array_from_c(U, c, tol=1e-12):
    U = np.asarray(U)
    x = np.array(c)          # a copy, but with c's dtype
    n = len(x)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= tol * np.max(np.abs(U)):
            raise ValueError("singular")
        x[i] = (x[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def linalg_solve(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    if np.any(np.abs(np.diag(U)) <= tol * np.max(np.abs(U))):
        raise ValueError("singular")
    return np.linalg.solve(U, c)


def scipy_solve_triangular(U, c, tol=1e-12):
    import scipy.linalg
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    if np.any(np.abs(np.diag(U)) <= tol * np.max(np.abs(U))):
        raise ValueError("singular")
    return scipy.linalg.solve_triangular(U, c)


BANNED = "asks you not to use"
MUTANTS = [(name, impl, "zero up to rounding" if impl is exact_zero_test else text)
           for name, impl, text in MUTANTS]
MUTANTS += [
    ("back_substitution", skips_row_zero, "stops before row 0"),
    ("back_substitution", threshold_from_diagonal, "not only the diagonal"),
    ("back_substitution", returns_list, "asks for a NumPy array"),
    ("back_substitution", integer_array_from_c, "truncated"),
    ("back_substitution", linalg_solve, BANNED),
    ("back_substitution", scipy_solve_triangular, BANNED),
]


def strict_inequality(U, c, tol=1e-12):
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = len(c)
    x = np.zeros(n)
    with np.errstate(all="ignore"):
        for i in range(n - 1, -1, -1):
            if abs(U[i, i]) < tol * np.max(np.abs(U)):
                raise ValueError("singular")
            x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


MUTANTS.append(("back_substitution", strict_inequality, "(<=, not <)"))


def ignores_tol(U, c, tol=1e-12):
    """The threshold always uses the default 1e-12, whatever tol the caller passes."""
    U, c = np.asarray(U, dtype=float), np.asarray(c, dtype=float)
    n = U.shape[0]
    threshold = 1e-12 * np.max(np.abs(U))
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        if abs(U[i, i]) <= threshold:
            raise ValueError("singular")
        x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


MUTANTS.append(("back_substitution", ignores_tol, "the caller's tol"))
