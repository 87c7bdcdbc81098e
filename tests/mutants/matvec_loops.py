"""Wrong implementations of `matvec` (the non-banned ones written with loops, as learners would)."""
import numpy as np
import scipy.linalg

BANNED = "asks you not to use"


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
    m, n = A.shape
    if n != x.shape[0]:
        raise ValueError("shape")
    y = np.zeros((m, 1))
    for i in range(m):
        for j in range(n):
            y[i, 0] += A[i, j] * x[j]
    return y


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


def accumulator_like_first_column(A, x):
    A, x = np.asarray(A), np.asarray(x)
    m, n = A.shape
    if n != len(x):
        raise ValueError("shape")
    y = np.zeros_like(A[:, 0])
    for i in range(m):
        for j in range(n):
            y[i] += A[i, j] * x[j]
    return y


def returns_list(A, x):
    m, n = np.shape(A)
    if n != len(x):
        raise ValueError("shape")
    return [sum(A[i][j] * x[j] for j in range(n)) for i in range(m)]


def no_shape_check(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    m, n = A.shape
    y = np.zeros(m)
    for i in range(m):
        for j in range(n):
            y[i] += A[i, j] * x[j]
    return y


def checks_only_shorter_x(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    m, n = A.shape
    if len(x) < n:
        raise ValueError("x is too short")
    y = np.zeros(m)
    for i in range(m):
        for j in range(n):
            y[i] += A[i, j] * x[j]
    return y


def _checked(A, x):
    A, x = np.asarray(A, float), np.asarray(x, float)
    if A.shape[1] != x.shape[0]:
        raise ValueError("shape")
    return A, x


def matmul_operator(A, x):
    A, x = _checked(A, x)
    return A @ x


def np_dot(A, x):
    A, x = _checked(A, x)
    return np.dot(A, x)


def np_matmul(A, x):
    A, x = _checked(A, x)
    return np.matmul(A, x)


def dot_method(A, x):
    A, x = _checked(A, x)
    return A.dot(x)


def np_inner_per_row(A, x):
    A, x = _checked(A, x)
    return np.array([np.inner(row, x) for row in A])


def np_vdot_per_row(A, x):
    A, x = _checked(A, x)
    return np.array([np.vdot(row, x) for row in A])


def np_einsum(A, x):
    A, x = _checked(A, x)
    return np.einsum("ij,j->i", A, x)


def np_tensordot(A, x):
    A, x = _checked(A, x)
    return np.tensordot(A, x, axes=1)


def through_linalg(A, x):
    A, x = _checked(A, x)
    return np.linalg.multi_dot([A, x])


def through_scipy(A, x):
    A, x = _checked(A, x)
    return scipy.linalg.solve(np.eye(len(A)), np.sum(A * x, axis=1)) if A.shape[0] else np.zeros(0)


MUTANTS = [
    ("matvec", star_broadcast, "broadcasts"),
    ("matvec", columns_not_rows, "Aᵀx"),
    ("matvec", column_vector_result, "a vector here is 1-D"),
    ("matvec", integer_accumulator, "integer dtype"),
    ("matvec", accumulator_like_first_column, "fractions were truncated"),
    ("matvec", returns_list, "asks for a NumPy array"),
    ("matvec", no_shape_check, "compare A.shape[1] with len(x)"),
    ("matvec", checks_only_shorter_x, "compare A.shape[1] with len(x)"),
    ("matvec", matmul_operator, BANNED),
    ("matvec", np_dot, BANNED),
    ("matvec", np_matmul, BANNED),
    ("matvec", dot_method, BANNED),
    ("matvec", np_inner_per_row, BANNED),
    ("matvec", np_vdot_per_row, BANNED),
    ("matvec", np_einsum, BANNED),
    ("matvec", np_tensordot, BANNED),
    ("matvec", through_linalg, BANNED),
    ("matvec", through_scipy, BANNED),
]
