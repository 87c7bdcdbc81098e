"""Valid alternatives to `matvec` that must earn full marks."""
import numpy as np


def column_combination(A, x):
    """y as a combination of the columns of A with weights x_j (the second picture of Ax)."""
    A = np.asarray(A, dtype=float)
    x = np.asarray(x, dtype=float)
    if x.ndim != 1 or A.shape[1] != x.shape[0]:
        raise ValueError("A's columns and x's length differ")
    y = np.zeros(A.shape[0])
    for j in range(A.shape[1]):
        y = y + x[j] * A[:, j]
    return y


def row_sums_comprehension(A, x):
    if len(A[0]) != len(x):
        raise ValueError("shape mismatch")
    return np.array([sum(float(a) * float(b) for a, b in zip(row, x)) for row in A], dtype=float)


ALTERNATIVES = [("matvec", column_combination), ("matvec", row_sums_comprehension)]
