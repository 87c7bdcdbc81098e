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
