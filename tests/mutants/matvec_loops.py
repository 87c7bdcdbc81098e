"""Wrong implementations of `matvec`."""
import numpy as np


def star_broadcast(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if A.shape[1] != x.shape[0]:
        raise ValueError("shape")
    return A * x


def columns_not_rows(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    m, n = A.shape
    if n != len(x):
        raise ValueError("shape")
    y = np.zeros(m)
    for i in range(m):
        for j in range(min(m, n)):
            y[i] += A[j, i] * x[j]
    return y


def column_vector_result(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if A.shape[1] != x.shape[0]:
        raise ValueError("shape")
    return (A @ x).reshape(-1, 1)


def integer_accumulator(A, x):
    A, x = np.asarray(A), np.asarray(x)
    m, n = A.shape
    if n != len(x):
        raise ValueError("shape")
    y = np.zeros(m, dtype=int)
    for i in range(m):
        for j in range(n):
            y[i] += A[i, j] * x[j]
    return y


MUTANTS = [
    ("matvec", star_broadcast, "broadcasts"),
    ("matvec", columns_not_rows, None),
    ("matvec", column_vector_result, "a vector here is 1-D"),
    ("matvec", integer_accumulator, "integer dtype"),
]
