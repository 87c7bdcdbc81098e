"""Wrong implementations of `cholesky_factor`."""
import numpy as np


def _checked(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    if not np.allclose(A, A.T):
        raise ValueError("not symmetric")
    return A


def _lower(A):
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def returns_upper_factor(A):
    return _lower(_checked(A)).T


def starts_from_copy_of_a(A):
    A = _checked(A)
    L = A.copy()
    n = len(A)
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def no_positivity_check(A):
    A = _checked(A)
    n = len(A)
    L = np.zeros((n, n))
    with np.errstate(all="ignore"):
        for j in range(n):
            L[j, j] = np.sqrt(A[j, j] - L[j, :j] @ L[j, :j])
            L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def integer_workspace(A):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad matrix")
    n = len(A)
    L = np.zeros_like(A)                     # integer when A is: every entry gets truncated
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def overwrites_a(A):
    A = np.asarray(A)
    if A.dtype.kind != "f":
        A = A.astype(float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad matrix")
    n = len(A)
    for j in range(n):                       # the factor is built inside the caller's A
        pivot = A[j, j] - A[j, :j] @ A[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        A[j, j] = np.sqrt(pivot)
        A[j + 1:, j] = (A[j + 1:, j] - A[j + 1:, :j] @ A[j, :j]) / A[j, j]
    return np.tril(A)


def no_symmetry_check(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    return _lower(A)


def forgets_square_root(A):
    A = _checked(A)
    n = len(A)
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = pivot
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


MUTANTS = [
    ("cholesky_factor", returns_upper_factor, "UPPER factor"),
    ("cholesky_factor", starts_from_copy_of_a, "above the diagonal"),
    ("cholesky_factor", no_positivity_check, "contains NaN"),
    ("cholesky_factor", integer_workspace, "integer array"),
    ("cholesky_factor", overwrites_a, "in place"),
    ("cholesky_factor", no_symmetry_check, None),
    ("cholesky_factor", forgets_square_root, None),
]
