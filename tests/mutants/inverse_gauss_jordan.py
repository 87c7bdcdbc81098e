"""Wrong implementations of `inverse_gauss_jordan`."""
import numpy as np


def _gauss_jordan(M, n, tol, scale=True, above=True, pivot=True, threshold_from=None):
    A = M[:, :n] if threshold_from is None else threshold_from
    threshold = tol * np.max(np.abs(A), initial=0.0)
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j]))) if pivot else j
        if abs(M[p, j]) <= threshold and pivot:
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        pivot_value = M[j, j]
        if scale:
            M[j] = M[j] / pivot_value
        for i in range(n):
            if i == j or (not above and i < j):
                continue
            M[i] = M[i] - M[i, j] / M[j, j] * M[j]
    return M


def _start(A):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    return A, len(A)


def transposed(A, tol=1e-12):
    A, n = _start(A)
    M = _gauss_jordan(np.hstack([A.astype(float), np.eye(n)]), n, tol)
    return M[:, n:].T.copy()


def only_clears_below(A, tol=1e-12):
    A, n = _start(A)
    return _gauss_jordan(np.hstack([A.astype(float), np.eye(n)]), n, tol, above=False)[:, n:]


def does_not_scale_pivot_rows(A, tol=1e-12):
    A, n = _start(A)
    return _gauss_jordan(np.hstack([A.astype(float), np.eye(n)]), n, tol, scale=False)[:, n:]


def returns_left_half(A, tol=1e-12):
    A, n = _start(A)
    return _gauss_jordan(np.hstack([A.astype(float), np.eye(n)]), n, tol)[:, :n]


def no_pivoting(A, tol=1e-12):
    A, n = _start(A)
    with np.errstate(all="ignore"):
        return _gauss_jordan(np.hstack([A.astype(float), np.eye(n)]), n, tol, pivot=False)[:, n:]


def integer_work_array(A, tol=1e-12):
    A, n = _start(A)
    M = np.hstack([A, np.eye(n, dtype=A.dtype)])
    return _gauss_jordan(M, n, tol)[:, n:].astype(float)


def mutates_input(A, tol=1e-12):
    A, n = _start(A)
    A = np.asarray(A, dtype=float)
    X = np.eye(n)
    threshold = tol * np.max(np.abs(A), initial=0.0)
    for j in range(n):
        p = j + int(np.argmax(np.abs(A[j:, j])))
        if abs(A[p, j]) <= threshold:
            raise ValueError("singular")
        A[[j, p]] = A[[p, j]]
        X[[j, p]] = X[[p, j]]
        X[j] /= A[j, j]
        A[j] /= A[j, j]
        for i in range(n):
            if i != j:
                X[i] -= A[i, j] * X[j]
                A[i] -= A[i, j] * A[j]
    return X


def left_block_of_wide(A, tol=1e-12):
    A = np.array(A, dtype=float)
    n = A.shape[0]
    if A.shape[1] < n:                   # only a tall A is refused; a wide one is cut to n×n
        raise ValueError("not square")
    A = A[:, :n]
    M = np.hstack([A, np.eye(n)])
    threshold = tol * np.max(np.abs(A))
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= threshold:
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        for i in range(n):
            if i != j:
                M[i] -= M[i, j] * M[j]
    return M[:, n:]


MUTANTS = [
    ("inverse_gauss_jordan", transposed, "transpose of the inverse"),
    ("inverse_gauss_jordan", only_clears_below, "ABOVE the pivot"),
    ("inverse_gauss_jordan", does_not_scale_pivot_rows, "divide each pivot row"),
    ("inverse_gauss_jordan", returns_left_half, "LEFT half"),
    ("inverse_gauss_jordan", no_pivoting, "zero pivot"),
    ("inverse_gauss_jordan", integer_work_array, "float copy"),
    ("inverse_gauss_jordan", mutates_input, "in place"),
]


def threshold_from_augmented(A, tol=1e-12):
    A, n = _start(A)
    M = np.hstack([A.astype(float), np.eye(n)])
    return _gauss_jordan(M, n, tol, threshold_from=M.copy())[:, n:]


def swaps_row_views(A, tol=1e-12):
    A, n = _start(A)
    M = np.hstack([A.astype(float), np.eye(n)])
    threshold = tol * np.max(np.abs(A), initial=0.0)
    with np.errstate(all="ignore"):
        for j in range(n):
            p = j + int(np.argmax(np.abs(M[j:, j])))
            if abs(M[p, j]) <= threshold:
                raise ValueError("singular")
            if p != j:
                M[j], M[p] = M[p], M[j]
            M[j] = M[j] / M[j, j]
            for i in range(n):
                if i != j:
                    M[i] = M[i] - M[i, j] * M[j]
    return M[:, n:]


def exact_zero_pivot_test(A, tol=1e-12):
    A, n = _start(A)
    with np.errstate(all="ignore"):
        return _gauss_jordan(np.hstack([A.astype(float), np.eye(n)]), n, 0.0)[:, n:]


def no_square_check(A, tol=1e-12):
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    M = np.hstack([A[:, :n], np.eye(n)]) if A.shape[1] >= n else np.hstack([A, np.eye(n)])
    return _gauss_jordan(M, n, tol)[:, -n:]


def returns_nested_list(A, tol=1e-12):
    A, n = _start(A)
    return _gauss_jordan(np.hstack([A.astype(float), np.eye(n)]), n, tol)[:, n:].tolist()


def linalg_inv(A, tol=1e-12):
    A, n = _start(A)
    A = A.astype(float)
    if np.linalg.matrix_rank(A) < n:
        raise ValueError("singular")
    return np.linalg.inv(A)


def scipy_inv(A, tol=1e-12):
    import scipy.linalg
    A, n = _start(A)
    return scipy.linalg.inv(A.astype(float))


BANNED = "asks you not to use"
MUTANTS += [
    ("inverse_gauss_jordan", threshold_from_augmented, "not of [A | I]"),
    ("inverse_gauss_jordan", swaps_row_views, "NumPy rows are views"),
    ("inverse_gauss_jordan", exact_zero_pivot_test, "singular up to rounding"),
    ("inverse_gauss_jordan", no_square_check, "only a square matrix has an inverse"),
    ("inverse_gauss_jordan", returns_nested_list, "asks for a NumPy array"),
    ("inverse_gauss_jordan", linalg_inv, BANNED),
    ("inverse_gauss_jordan", scipy_inv, BANNED),
]


def _gauss_jordan_rt(A, tol, swap_only_when_small=False):
    A = np.array(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square")
    n = len(A)
    M = np.hstack([A, np.eye(n)])
    threshold = tol * np.max(np.abs(A))
    for j in range(n):
        if swap_only_when_small and abs(M[j, j]) > threshold:
            p = j
        else:
            p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= threshold:
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        M[j] /= M[j, j]
        for i in range(n):
            if i != j:
                M[i] -= M[i, j] * M[j]
    return M[:, n:]


def swaps_only_for_a_zero_pivot(A, tol=1e-12):
    """Looks for another row only when the entry in place is (near) zero: a tiny pivot is kept."""
    return _gauss_jordan_rt(A, tol, swap_only_when_small=True)


def ignores_tol(A, tol=1e-12):
    """The singularity threshold always uses the default 1e-12."""
    return _gauss_jordan_rt(A, 1e-12)


MUTANTS += [
    ("inverse_gauss_jordan", swaps_only_for_a_zero_pivot, "LARGEST |entry| in the column"),
    ("inverse_gauss_jordan", ignores_tol, "the caller's tol"),
    ("inverse_gauss_jordan", left_block_of_wide, "not n × n"),
]
