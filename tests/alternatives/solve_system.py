"""Valid alternatives to `solve_system` that must earn full marks."""
import numpy as np


def eliminate_in_place_on_a_copy(A, b, tol=1e-12):
    """Elimination with partial pivoting written inline on a float copy of [A | b]."""
    A = np.asarray(A)
    b = np.asarray(b)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    if b.shape != (n,):
        raise ValueError("b has the wrong length")
    M = np.column_stack([A, b]).astype(float)
    threshold = tol * np.max(np.abs(M))
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= threshold:
            raise ValueError("A is singular")
        if p != j:
            M[[j, p]] = M[[p, j]]
        for i in range(j + 1, n):
            M[i, j:] -= (M[i, j] / M[j, j]) * M[j, j:]
            M[i, j] = 0.0
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (M[i, n] - np.sum(M[i, i + 1:n] * x[i + 1:])) / M[i, i]
    return x


def lu_then_two_triangular_solves(A, b, tol=1e-12):
    """PA = LU with partial pivoting, then L y = P b forwards and U x = y backwards."""
    A = np.array(A, dtype=float)
    b = np.array(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shapes do not fit")
    n = len(A)
    threshold = tol * max(np.max(np.abs(A)), np.max(np.abs(b), initial=0.0))
    perm = np.arange(n)
    L = np.eye(n)
    U = A.copy()
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= threshold:
            raise ValueError("singular")
        U[[j, p]] = U[[p, j]]
        L[[j, p], :j] = L[[p, j], :j]
        perm[[j, p]] = perm[[p, j]]
        L[j + 1:, j] = U[j + 1:, j] / U[j, j]
        U[j + 1:, j:] -= np.outer(L[j + 1:, j], U[j, j:])
    y = np.zeros(n)
    pb = b[perm]
    for i in range(n):
        y[i] = pb[i] - L[i, :i] @ y[:i]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


ALTERNATIVES = [("solve_system", eliminate_in_place_on_a_copy),
                ("solve_system", lu_then_two_triangular_solves)]
