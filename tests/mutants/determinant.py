"""Wrong implementations of `determinant`."""
import numpy as np


def _eliminate(U, tol):
    n = U.shape[0]
    threshold = tol * np.max(np.abs(U), initial=0.0)
    swaps = 0
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= threshold:
            return U, swaps, False
        if p != j:
            U[[j, p]] = U[[p, j]]
            swaps += 1
        for i in range(j + 1, n):
            U[i, j:] = U[i, j:] - U[i, j] / U[j, j] * U[j, j:]
    return U, swaps, True


def _square(A):
    if np.ndim(A) != 2 or np.shape(A)[0] != np.shape(A)[1]:
        raise ValueError("not square")


def forgets_swap_sign(A, tol=1e-12):
    _square(A)
    U, swaps, regular = _eliminate(np.array(A, dtype=float), tol)
    return float(np.prod(np.diag(U))) if regular else 0.0


def integer_work_array(A, tol=1e-12):
    _square(A)
    U, swaps, regular = _eliminate(np.array(A), tol)
    return float((-1) ** swaps * np.prod(np.diag(U))) if regular else 0.0


def mutates_input(A, tol=1e-12):
    _square(A)
    U, swaps, regular = _eliminate(np.asarray(A, dtype=float), tol)
    return float((-1) ** swaps * np.prod(np.diag(U))) if regular else 0.0


def diagonal_of_A(A, tol=1e-12):
    _square(A)
    return float(np.prod(np.diag(np.asarray(A, dtype=float))))


def sign_from_pivot_count(A, tol=1e-12):
    _square(A)
    U, swaps, regular = _eliminate(np.array(A, dtype=float), tol)
    return float((-1) ** len(U) * np.prod(np.diag(U))) if regular else 0.0


MUTANTS = [
    ("determinant", forgets_swap_sign, "(-1)**swaps"),
    ("determinant", integer_work_array, "float copy"),
    ("determinant", mutates_input, "in place"),
    ("determinant", diagonal_of_A, "diagonal of U"),
    ("determinant", sign_from_pivot_count, None),
]


def exact_zero_pivots(A, tol=1e-12):
    _square(A)
    U, swaps, regular = _eliminate(np.array(A, dtype=float), 0.0)
    return float((-1) ** swaps * np.prod(np.diag(U))) if regular else 0.0


def absolute_det_threshold(A, tol=1e-12):
    _square(A)
    U, swaps, regular = _eliminate(np.array(A, dtype=float), 0.0)
    det = float((-1) ** swaps * np.prod(np.diag(U))) if regular else 0.0
    return 0.0 if abs(det) < tol else det


def integer_zero(A, tol=1e-12):
    _square(A)
    U, swaps, regular = _eliminate(np.array(A, dtype=float), tol)
    return float((-1) ** swaps * np.prod(np.diag(U))) if regular else 0


def no_square_check(A, tol=1e-12):
    U, swaps, regular = _eliminate(np.array(A, dtype=float), tol)
    return float((-1) ** swaps * np.prod(np.diag(U))) if regular else 0.0


def linalg_det(A, tol=1e-12):
    _square(A)
    return float(np.linalg.det(np.asarray(A, dtype=float)))


def scipy_det(A, tol=1e-12):
    import scipy.linalg
    _square(A)
    return float(scipy.linalg.det(np.asarray(A, dtype=float)))


BANNED = "asks you not to use"
MUTANTS = [(name, impl, "(-1)**swaps" if impl is sign_from_pivot_count else text)
           for name, impl, text in MUTANTS]
MUTANTS += [
    ("determinant", exact_zero_pivots, "return 0.0 when len(pivots) < n"),
    ("determinant", absolute_det_threshold, "merely small"),
    ("determinant", integer_zero, "0.0 (not 0)"),
    ("determinant", no_square_check, "only a square matrix has a determinant"),
    ("determinant", linalg_det, BANNED),
    ("determinant", scipy_det, BANNED),
]


def ignores_tol(A, tol=1e-12):
    """Decides singularity with the default tolerance instead of the tol it was given."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square")
    U = A.copy()
    n = len(U)
    threshold = 1e-12 * np.max(np.abs(U))
    sign = 1.0
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= threshold:
            return 0.0
        if p != j:
            U[[j, p]] = U[[p, j]]
            sign = -sign
        U[j + 1:, j:] -= np.outer(U[j + 1:, j] / U[j, j], U[j, j:])
    return float(sign * np.prod(np.diag(U)))


MUTANTS.append(("determinant", ignores_tol, "the caller's tol"))


def raises_for_singular(A, tol=1e-12):
    """Raises ValueError for a singular matrix instead of returning 0.0."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("square")
    U = A.copy()
    n = len(U)
    threshold = tol * np.max(np.abs(U))
    sign = 1.0
    for j in range(n):
        p = j + int(np.argmax(np.abs(U[j:, j])))
        if abs(U[p, j]) <= threshold:
            raise ValueError("singular matrix")
        if p != j:
            U[[j, p]] = U[[p, j]]
            sign = -sign
        U[j + 1:, j:] -= np.outer(U[j + 1:, j] / U[j, j], U[j, j:])
    return float(sign * np.prod(np.diag(U)))


MUTANTS.append(("determinant", raises_for_singular, "a singular matrix has a determinant, 0.0"))
