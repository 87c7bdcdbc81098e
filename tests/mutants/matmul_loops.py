"""Wrong implementations of `matmul` (the non-banned ones written with loops, as learners would)."""
import numpy as np
import scipy.linalg

BANNED = "asks you not to use"


def hadamard(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    return A * B


def _loops(A, B, C, pick):
    m, n = A.shape
    for i in range(C.shape[0]):
        for j in range(C.shape[1]):
            for l in range(n):
                C[i, j] += pick(A, B, i, j, l)
    return C


def swapped_factors(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    if B.shape[1] != A.shape[0]:
        raise ValueError("shape")
    return _loops(B, A, np.zeros((B.shape[0], A.shape[1])), lambda X, Y, i, j, l: X[i, l] * Y[l, j])


def no_shape_check(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    m, k = A.shape[0], B.shape[1]
    C = np.zeros((m, k))
    for i in range(m):
        for j in range(k):
            for l in range(min(A.shape[1], B.shape[0])):
                C[i, j] += A[i, l] * B[l, j]
    return C


def rows_of_B(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    m, n = A.shape
    k = B.shape[1]
    C = np.zeros((m, k))
    for i in range(m):
        for j in range(k):
            for l in range(n):
                C[i, j] += A[i, l] * B[j, l]
    return C


def result_shape_m_by_n(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    m, n = A.shape
    k = B.shape[1]
    C = np.zeros((m, n))
    for i in range(m):
        for j in range(min(n, k)):
            for l in range(n):
                C[i, j] += A[i, l] * B[l, j]
    return C


def accumulator_like_A(A, B):
    A, B = np.asarray(A), np.asarray(B)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    C = np.zeros((A.shape[0], B.shape[1]), dtype=A.dtype)
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            for l in range(A.shape[1]):
                C[i, j] += A[i, l] * B[l, j]
    return C


def list_of_lists(A, B):
    m, n = np.shape(A)
    n2, k = np.shape(B)
    if n != n2:
        raise ValueError("shape")
    return [[sum(A[i][l] * B[l][j] for l in range(n)) for j in range(k)] for i in range(m)]


def checks_only_fewer_rows(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if B.shape[0] < A.shape[1]:
        raise ValueError("B has too few rows")
    C = np.zeros((A.shape[0], B.shape[1]))
    for i in range(A.shape[0]):
        for j in range(B.shape[1]):
            for l in range(A.shape[1]):
                C[i, j] += A[i, l] * B[l, j]
    return C


def _checked(A, B):
    A, B = np.asarray(A, float), np.asarray(B, float)
    if A.shape[1] != B.shape[0]:
        raise ValueError("shape")
    return A, B


def matmul_operator(A, B):
    A, B = _checked(A, B)
    return A @ B


def np_dot(A, B):
    A, B = _checked(A, B)
    return np.dot(A, B)


def np_matmul(A, B):
    A, B = _checked(A, B)
    return np.matmul(A, B)


def dot_method(A, B):
    A, B = _checked(A, B)
    return A.dot(B)


def np_inner(A, B):
    A, B = _checked(A, B)
    return np.inner(A, B.T)


def np_vdot_entries(A, B):
    A, B = _checked(A, B)
    return np.array([[np.vdot(A[i], B[:, j]) for j in range(B.shape[1])] for i in range(len(A))])


def np_einsum(A, B):
    A, B = _checked(A, B)
    return np.einsum("il,lj->ij", A, B)


def np_tensordot(A, B):
    A, B = _checked(A, B)
    return np.tensordot(A, B, axes=1)


def through_linalg(A, B):
    A, B = _checked(A, B)
    return np.linalg.multi_dot([A, B])


def through_scipy(A, B):
    A, B = _checked(A, B)
    return scipy.linalg.kron(np.ones((1, 1)), np.sum(A[:, :, None] * B[None, :, :], axis=1))


MUTANTS = [
    ("matmul", hadamard, "Hadamard"),
    ("matmul", swapped_factors, "do not commute"),
    ("matmul", no_shape_check, "inner dimensions must agree"),
    ("matmul", rows_of_B, "ROW j of B"),
    ("matmul", result_shape_m_by_n, "(A.shape[0], B.shape[1])"),
    ("matmul", accumulator_like_A, "fractions were truncated"),
    ("matmul", list_of_lists, "asks for a NumPy array"),
    ("matmul", checks_only_fewer_rows, "inner dimensions must agree"),
    ("matmul", matmul_operator, BANNED),
    ("matmul", np_dot, BANNED),
    ("matmul", np_matmul, BANNED),
    ("matmul", dot_method, BANNED),
    ("matmul", np_inner, BANNED),
    ("matmul", np_vdot_entries, BANNED),
    ("matmul", np_einsum, BANNED),
    ("matmul", np_tensordot, BANNED),
    ("matmul", through_linalg, BANNED),
    ("matmul", through_scipy, BANNED),
]
