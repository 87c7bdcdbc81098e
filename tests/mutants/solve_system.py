"""Wrong implementations of `solve_system`."""
import numpy as np


def inverse_times_b(A, b, tol=1e-12):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    return np.linalg.inv(A) @ b


def gauss_jordan_inverse_times_b(A, b, tol=1e-12):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    n = len(A)
    M = np.hstack([A, np.eye(n)])
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol * np.max(np.abs(A)):
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        others = np.arange(n) != j
        M[others] -= np.outer(M[others, j], M[j])
    return M[:, n:] @ b


def _eliminate_and_solve(M, n, tol, largest=True, threshold_from=None):
    scale = np.max(np.abs(M if threshold_from is None else threshold_from))
    threshold = tol * scale
    for j in range(n):
        if largest:
            p = j + int(np.argmax(np.abs(M[j:, j])))
        else:
            candidates = [i for i in range(j, n) if abs(M[i, j]) > threshold]
            p = candidates[0] if candidates else j
        if abs(M[p, j]) <= threshold:
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        for i in range(j + 1, n):
            M[i, j:] = M[i, j:] - M[i, j] / M[j, j] * M[j, j:]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        if abs(M[i, i]) <= tol * np.max(np.abs(M[:, :n])):
            raise ValueError("singular")
        x[i] = (M[i, n] - M[i, i + 1:n] @ x[i + 1:]) / M[i, i]
    return x


def _checked(A, b):
    A, b = np.asarray(A), np.asarray(b)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    return A, b


def no_pivoting(A, b, tol=1e-12):
    A, b = _checked(A, b)
    return _eliminate_and_solve(np.column_stack([A, b]).astype(float), len(A), tol, largest=False)


def integer_augmented_matrix(A, b, tol=1e-12):
    A, b = _checked(A, b)
    return _eliminate_and_solve(np.column_stack([A, b]), len(A), tol)


def mutates_inputs(A, b, tol=1e-12):
    A, b = _checked(A, b)
    M, c = np.asarray(A, dtype=float), np.asarray(b, dtype=float)  # no copy for float input
    n = len(M)
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= tol * np.max(np.abs(M)):
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        c[[j, p]] = c[[p, j]]
        for i in range(j + 1, n):
            f = M[i, j] / M[j, j]
            M[i, j:] -= f * M[j, j:]
            c[i] -= f * c[j]
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - M[i, i + 1:] @ x[i + 1:]) / M[i, i]
    return x


def no_singularity_check(A, b, tol=1e-12):
    A, b = _checked(A, b)
    return _eliminate_and_solve(np.column_stack([A, b]).astype(float), len(A), 0.0)


MUTANTS = [
    ("solve_system", inverse_times_b, "explicit inverse"),
    ("solve_system", gauss_jordan_inverse_times_b, "explicit inverse"),
    ("solve_system", no_pivoting, "LARGEST |entry|"),
    ("solve_system", integer_augmented_matrix, "float copy"),
    ("solve_system", mutates_inputs, "in place"),
    ("solve_system", no_singularity_check, None),
]
