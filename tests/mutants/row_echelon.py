"""Wrong implementations of `row_echelon`."""
import numpy as np


def _eliminate(U, tol, choose, exact_zero=False, count_all_swaps=False, stay_diagonal=False):
    m, n = U.shape
    threshold = 0.0 if exact_zero else tol * (np.max(np.abs(U)) if U.size else 0.0)
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        p = choose(U, r, j, threshold)
        if p is None:
            U[r:, j] = 0.0
            if stay_diagonal:
                r += 1
            continue
        if p != r or count_all_swaps:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        for i in range(r + 1, m):
            U[i, j:] = U[i, j:] - U[i, j] / U[r, j] * U[r, j:]
            U[i, j] = 0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def _largest(U, r, j, threshold):
    p = r + int(np.argmax(np.abs(U[r:, j])))
    return p if abs(U[p, j]) > threshold else None


def _first_nonzero(U, r, j, threshold):
    for p in range(r, U.shape[0]):
        if abs(U[p, j]) > threshold:
            return p
    return None


def no_pivoting(A, tol=1e-12):
    return _eliminate(np.array(A, dtype=float), tol, _first_nonzero)


def integer_work_array(A, tol=1e-12):
    return _eliminate(np.array(A), tol, _largest)


def integer_work_then_float(A, tol=1e-12):
    U, pivots, swaps = _eliminate(np.array(A), tol, _largest)
    return U.astype(float), pivots, swaps


def mutates_input(A, tol=1e-12):
    return _eliminate(np.asarray(A, dtype=float), tol, _largest)


def exact_zero_test(A, tol=1e-12):
    return _eliminate(np.array(A, dtype=float), tol, _largest, exact_zero=True)


def counts_every_step_as_swap(A, tol=1e-12):
    return _eliminate(np.array(A, dtype=float), tol, _largest, count_all_swaps=True)


def moves_down_on_skipped_column(A, tol=1e-12):
    return _eliminate(np.array(A, dtype=float), tol, _largest, stay_diagonal=True)


def absolute_tolerance(A, tol=1e-12):
    U = np.array(A, dtype=float)
    m, n = U.shape
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= tol:
            U[r:, j] = 0.0
            continue
        if p != r:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
        U[r + 1:, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def returns_only_U(A, tol=1e-12):
    return _eliminate(np.array(A, dtype=float), tol, _largest)[0]


def signed_max_threshold(A, tol=1e-12):
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * np.max(U)          # the largest signed entry, not the largest |entry|
    r, pivots, swaps = 0, [], 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= threshold:
            U[r:, j] = 0.0
            continue
        if p != r:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        for i in range(r + 1, m):
            U[i, j:] -= U[i, j] / U[r, j] * U[r, j:]
            U[i, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


MUTANTS = [
    ("row_echelon", no_pivoting, "LARGEST |entry|"),
    ("row_echelon", integer_work_array, "float copy"),
    ("row_echelon", integer_work_then_float, "float copy"),
    ("row_echelon", mutates_input, "in place"),
    ("row_echelon", exact_zero_test, "more pivots than the matrix has"),
    ("row_echelon", counts_every_step_as_swap, "swap count"),
    ("row_echelon", moves_down_on_skipped_column, "fewer pivots"),
    ("row_echelon", absolute_tolerance, "fewer pivots"),
    ("row_echelon", returns_only_U, "should return 3 values"),
]


def tuple_swap_of_views(A, tol=1e-12):
    """`U[r], U[p] = U[p], U[r]` swaps NumPy row views: both rows end up as the old row p."""
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * np.max(np.abs(U)) if U.size else 0.0
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= threshold:
            U[r:, j] = 0.0
            continue
        if p != r:
            U[r], U[p] = U[p], U[r]
            swaps += 1
        U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
        U[r + 1:, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def leaves_rounding_residues(A, tol=1e-12):
    """Subtracts the multiples but never writes the exact zeros the task asks for."""
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * np.max(np.abs(U)) if U.size else 0.0
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= threshold:
            continue
        if p != r:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        for i in range(r + 1, m):
            U[i, j:] -= (U[i, j] / U[r, j]) * U[r, j:]
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def pivots_as_array(A, tol=1e-12):
    U, pivots, swaps = _eliminate_zeroing(np.array(A, dtype=float), tol)
    return U, np.array(pivots, dtype=int), swaps


def _eliminate_zeroing(U, tol):
    m, n = U.shape
    threshold = tol * np.max(np.abs(U)) if U.size else 0.0
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if abs(U[p, j]) <= threshold:
            U[r:, j] = 0.0
            continue
        if p != r:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
        U[r + 1:, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def linalg_column_norm(A, tol=1e-12):
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * np.max(np.abs(U)) if U.size else 0.0
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        if np.linalg.norm(U[r:, j], np.inf) <= threshold:
            U[r:, j] = 0.0
            continue
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if p != r:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
        U[r + 1:, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def scipy_lu(A, tol=1e-12):
    import scipy.linalg
    P, L, U = scipy.linalg.lu(np.array(A, dtype=float))
    scale = np.max(np.abs(A)) if np.size(A) else 0.0
    pivots = [j for j in range(min(U.shape)) if abs(U[j, j]) > tol * scale]
    swaps = int(np.sum(np.argmax(P, axis=0) != np.arange(len(P))))
    return U, pivots, swaps


BANNED = "asks you not to use"
MUTANTS += [
    ("row_echelon", tuple_swap_of_views, "views into U"),
    ("row_echelon", leaves_rounding_residues, "not exactly 0.0"),
    ("row_echelon", pivots_as_array, "Python list of ints"),
    ("row_echelon", linalg_column_norm, BANNED),
    ("row_echelon", scipy_lu, BANNED),
]


# --- red-team additions: the tol argument, ties, the threshold boundary ----------------------

def _echelon_rt(A, tol, strict=False, bottom_on_tie=False):
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * (np.max(np.abs(U)) if U.size else 0.0)
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        column = np.abs(U[r:, j])
        p = r + (len(column) - 1 - int(np.argmax(column[::-1])) if bottom_on_tie
                 else int(np.argmax(column)))
        if (abs(U[p, j]) < threshold or U[p, j] == 0) if strict else abs(U[p, j]) <= threshold:
            U[r:, j] = 0.0
            continue
        if p != r:
            U[[r, p]] = U[[p, r]]
            swaps += 1
        U[r + 1:, j:] -= np.outer(U[r + 1:, j] / U[r, j], U[r, j:])
        U[r + 1:, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def ignores_tol(A, tol=1e-12):
    """The threshold always uses the default 1e-12, whatever tol the caller passes."""
    return _echelon_rt(A, 1e-12)


def strict_threshold(A, tol=1e-12):
    """`|U[p, j]| < threshold` (or exactly 0) counts as no pivot: an entry AT the threshold pivots."""
    return _echelon_rt(A, tol, strict=True)


def bottom_row_on_tie(A, tol=1e-12):
    """On a tie for the largest |entry| it takes the lowest row, not the topmost."""
    return _echelon_rt(A, tol, bottom_on_tie=True)


MUTANTS += [
    ("row_echelon", ignores_tol, "the caller's tol"),
    ("row_echelon", strict_threshold, "(<=, not <)"),
    ("row_echelon", bottom_row_on_tie, "TOPMOST such row"),
    ("row_echelon", signed_max_threshold, "ABSOLUTE value"),
]
