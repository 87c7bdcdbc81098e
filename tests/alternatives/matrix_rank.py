"""Valid alternatives to `matrix_rank` that must earn full marks."""
import numpy as np


def count_nonzero_rows_of_U(A, tol=1e-12):
    """Elimination as in row_echelon; the rows below the last pivot are exactly zero: count the others."""
    U = np.array(A, dtype=float)
    m, n = U.shape
    threshold = tol * np.max(np.abs(U), initial=0.0)
    r = 0
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
        r += 1
    return int(np.count_nonzero(np.any(U != 0.0, axis=1)))


def pivot_counter(A, tol=1e-12):
    """Only count: stop eliminating once every row has a pivot."""
    U = np.array(A, dtype=float)
    if U.size == 0:
        return 0
    threshold = tol * np.abs(U).max()
    rank = 0
    for j in range(U.shape[1]):
        if rank == U.shape[0]:
            break
        rows = np.abs(U[rank:, j])
        p = rank + int(rows.argmax())
        if rows.max() <= threshold:
            U[rank:, j] = 0.0
            continue
        U[[rank, p]] = U[[p, rank]]
        for i in range(rank + 1, U.shape[0]):
            U[i, j:] -= U[i, j] / U[rank, j] * U[rank, j:]
            U[i, j] = 0.0
        rank += 1
    return rank


ALTERNATIVES = [("matrix_rank", count_nonzero_rows_of_U), ("matrix_rank", pivot_counter)]
