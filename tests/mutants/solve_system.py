"""Wrong implementations of `solve_system`."""
import numpy as np


def inverse_times_b(A, b, tol=1e-12):
    """x = A⁻¹ b, with A⁻¹ built column by column by solving A X = I (with pivoting)."""
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    n = len(A)
    inverse = np.column_stack([_eliminate_and_solve(np.column_stack([A, e]), n, tol)
                               for e in np.eye(n)])
    return inverse @ b


def linalg_inv_times_b(A, b, tol=1e-12):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    return np.linalg.inv(A) @ b


def linalg_solve(A, b, tol=1e-12):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    return np.linalg.solve(A, b)


def scipy_solve(A, b, tol=1e-12):
    import scipy.linalg
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    return scipy.linalg.solve(A, b)


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


def _echelon(M, tol, absolute=False):
    """A correct row_echelon, as the learner's own notebook has it (or one with threshold = tol)."""
    U = np.array(M, dtype=float)
    m, n = U.shape
    threshold = tol if absolute else tol * np.max(np.abs(U))
    pivots, r = [], 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= threshold:
            U[r:, j] = 0.0
            continue
        U[[r, p]] = U[[p, r]]
        U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
        U[r + 1:, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots


def _back(U, c):
    n = len(c)
    x = np.zeros(n)
    with np.errstate(all="ignore"):
        for i in range(n - 1, -1, -1):
            x[i] = (c[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


def counts_pivots_only(A, b, tol=1e-12):
    A, b = _checked(A, b)
    n = len(A)
    U, pivots = _echelon(np.column_stack([A, b]), tol)
    if len(pivots) < n:
        raise ValueError("singular")
    return _back(U[:, :n], U[:, n])


def no_shape_checks(A, b, tol=1e-12):
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    n = A.shape[1]
    U, pivots = _echelon(np.column_stack([A, b]), tol)
    if pivots[:n] != list(range(n)):
        raise ValueError("singular")
    return _back(U[:n, :n], U[:n, n])


def absolute_tolerance(A, b, tol=1e-12):
    A, b = _checked(A, b)
    n = len(A)
    U, pivots = _echelon(np.column_stack([A, b]), tol, absolute=True)
    if pivots[:n] != list(range(n)):
        raise ValueError("singular")
    return _back(U[:, :n], U[:, n])


def returns_list(A, b, tol=1e-12):
    A, b = _checked(A, b)
    n = len(A)
    U, pivots = _echelon(np.column_stack([A, b]), tol)
    if pivots[:n] != list(range(n)):
        raise ValueError("singular")
    return _back(U[:, :n], U[:, n]).tolist()


BANNED = "asks you not to use"
MUTANTS = [(name, impl, "pivots[:n] == list(range(n))" if impl is no_singularity_check else text)
           for name, impl, text in MUTANTS]
MUTANTS += [
    ("solve_system", linalg_inv_times_b, BANNED),
    ("solve_system", linalg_solve, BANNED),
    ("solve_system", scipy_solve, BANNED),
    ("solve_system", counts_pivots_only, "Only pivots in the columns of A count"),
    ("solve_system", no_shape_checks, "check the shapes first"),
    ("solve_system", absolute_tolerance, "The tolerance is relative"),
    ("solve_system", returns_list, "asks for a NumPy array"),
]


def ignores_tol(A, b, tol=1e-12):
    """Eliminates with the default tolerance instead of the tol it was given."""
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    return _eliminate_and_solve(np.column_stack([A, b]), len(A), 1e-12)


MUTANTS.append(("solve_system", ignores_tol, "the caller's tol"))


def b_left_behind(A, b, tol=1e-12):
    """Eliminates on A alone (with pivoting) and back-substitutes with the original b."""
    A, b = np.asarray(A, dtype=float), np.asarray(b, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("shape")
    n = len(A)
    U = A.copy()
    threshold = tol * np.max(np.abs(A))
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= threshold:
            raise ValueError("singular")
        U[[j, p]] = U[[p, j]]
        U[j + 1:, j:] -= np.outer(U[j + 1:, j] / U[j, j], U[j, j:])
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (b[i] - U[i, i + 1:] @ x[i + 1:]) / U[i, i]
    return x


MUTANTS.append(("solve_system", b_left_behind, "ORIGINAL b"))
