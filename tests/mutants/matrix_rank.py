"""Wrong implementations of `matrix_rank`."""
import numpy as np


def _pivot_count(U, threshold):
    m, n = U.shape
    r = 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= threshold:
            continue
        U[[r, p]] = U[[p, r]]
        U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
        r += 1
    return r


def exact_zero_test(A, tol=1e-12):
    return _pivot_count(np.array(A, dtype=float), 0.0)


def absolute_tolerance(A, tol=1e-12):
    return _pivot_count(np.array(A, dtype=float), tol)


def nonzero_rows(A, tol=1e-12):
    A = np.asarray(A, dtype=float)
    return int(np.sum(np.any(np.abs(A) > tol * np.max(np.abs(A), initial=0.0), axis=1)))


def mutates_input(A, tol=1e-12):
    U = np.asarray(A, dtype=float)
    return _pivot_count(U, tol * np.max(np.abs(U), initial=0.0))


def smaller_dimension(A, tol=1e-12):
    return min(np.shape(A))


MUTANTS = [
    ("matrix_rank", exact_zero_test, "largest possible rank"),
    ("matrix_rank", absolute_tolerance, "relative to the matrix"),
    ("matrix_rank", nonzero_rows, "not the number of (non-zero) rows"),
    ("matrix_rank", mutates_input, "in place"),
    ("matrix_rank", smaller_dimension, None),
]


def _echelon(A, tol):
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * np.max(np.abs(U), initial=0.0)
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


def nonzero_diagonal_of_U(A, tol=1e-12):
    U, _ = _echelon(A, tol)
    return int(np.count_nonzero(np.diag(U)))


def numpy_integer(A, tol=1e-12):
    U, _ = _echelon(A, tol)
    return np.sum(np.any(U != 0, axis=1))


def linalg_matrix_rank(A, tol=1e-12):
    return int(np.linalg.matrix_rank(np.asarray(A, dtype=float)))


def scipy_svdvals(A, tol=1e-12):
    import scipy.linalg
    A = np.asarray(A, dtype=float)
    if A.size == 0 or not A.any():
        return 0
    s = scipy.linalg.svdvals(A)
    return int(np.sum(s > tol * s[0]))


BANNED = "asks you not to use"
MUTANTS = [(name, impl, "min(m, n)" if impl is smaller_dimension else text)
           for name, impl, text in MUTANTS]
MUTANTS += [
    ("matrix_rank", nonzero_diagonal_of_U, "non-zero diagonal entries"),
    ("matrix_rank", numpy_integer, "Python int"),
    ("matrix_rank", linalg_matrix_rank, BANNED),
    ("matrix_rank", scipy_svdvals, BANNED),
]


def ignores_tol(A, tol=1e-12):
    """Counts pivots with the default tolerance instead of the tol it was given."""
    U = np.array(A, dtype=float)
    return _pivot_count(U, 1e-12 * (np.max(np.abs(U)) if U.size else 0.0))


MUTANTS.append(("matrix_rank", ignores_tol, "the caller's tol"))
