"""Valid alternatives to `row_echelon` that must earn full marks."""
import numpy as np


def row_by_row(A, tol=1e-12):
    """The same algorithm with explicit loops over the rows and a copy-based swap."""
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * (np.abs(U).max() if U.size else 0.0)
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r >= m:
            break
        column = [abs(U[i, j]) for i in range(r, m)]
        best = max(column)
        p = r + column.index(best)               # the topmost of the largest
        if best <= threshold:
            for i in range(r, m):
                U[i, j] = 0.0
            continue
        if p != r:
            U[r], U[p] = U[p].copy(), U[r].copy()
            swaps += 1
        for i in range(r + 1, m):
            factor = U[i, j] / U[r, j]
            for col in range(j + 1, n):
                U[i, col] -= factor * U[r, col]
            U[i, j] = 0.0
        pivots.append(j)
        r += 1
    return U, pivots, swaps


def with_swap_counter_tuple(A, tol=1e-12):
    """Vectorised update, pivots as a tuple of Python ints, swap rows with fancy indexing."""
    U = np.array(A, dtype=float, copy=True)
    m, n = U.shape
    threshold = tol * np.max(np.abs(U), initial=0.0)
    pivots, swaps, r = [], 0, 0
    for j in range(n):
        if r == m:
            break
        p = r + int(np.argmax(np.abs(U[r:, j])))
        if not abs(U[p, j]) > threshold:
            U[r:, j] = 0.0
            continue
        swaps += int(p != r)
        U[[r, p], :] = U[[p, r], :]
        factors = U[r + 1:, j:j + 1] / U[r, j]
        U[r + 1:, j:] = U[r + 1:, j:] - factors * U[r:r + 1, j:]
        U[r + 1:, j] = 0.0
        pivots.append(int(j))
        r += 1
    return U, tuple(pivots), swaps


ALTERNATIVES = [("row_echelon", row_by_row), ("row_echelon", with_swap_counter_tuple)]
