"""Wrong implementations of `sym_eigendecomposition`."""
import numpy as np


def _checked(A):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("not square and symmetric")
    return A


def ascending(A):
    return np.linalg.eigh(_checked(A))


def rows_not_columns(A):
    w, V = np.linalg.eigh(_checked(A))
    return w[::-1], V[:, ::-1].T


def reordered_rows(A):
    w, V = np.linalg.eigh(_checked(A))
    order = np.argsort(w)[::-1]
    return w[order], V[order]


def values_sorted_vectors_not(A):
    w, V = np.linalg.eigh(_checked(A))
    return w[::-1], V


def sorted_by_absolute_value(A):
    w, V = np.linalg.eigh(_checked(A))
    order = np.argsort(-np.abs(w))
    return w[order], V[:, order]


def rescaled_columns(A):
    w, V = np.linalg.eigh(_checked(A))
    V = V / np.abs(V).max(axis=0)          # "largest entry 1" scaling
    return w[::-1], V[:, ::-1]


def no_symmetry_check(A):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    w, V = np.linalg.eigh(A)
    return w[::-1], V[:, ::-1]


def sorts_in_place(A):
    A = _checked(A)
    w, V = np.linalg.eigh(A)
    A[:] = 0                               # scribbles on the caller's array when it is float
    return w[::-1], V[:, ::-1]


MUTANTS = [
    ("sym_eigendecomposition", ascending, "ascending order"),
    ("sym_eigendecomposition", rows_not_columns, "ROWS"),
    ("sym_eigendecomposition", reordered_rows, "reordered the ROWS"),
    ("sym_eigendecomposition", values_sorted_vectors_not, "reorder the columns"),
    ("sym_eigendecomposition", sorted_by_absolute_value, "absolute value"),
    ("sym_eigendecomposition", rescaled_columns, "length 1"),
    ("sym_eigendecomposition", no_symmetry_check, None),
    ("sym_eigendecomposition", sorts_in_place, "in place"),
]


def exact_symmetry_test(A):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not (A == A.T).all():
        raise ValueError("not square and symmetric")
    w, V = np.linalg.eigh(A)
    return w[::-1], V[:, ::-1]


def absolute_symmetry_threshold(A):
    A = np.asarray(A, float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or np.abs(A - A.T).max() > 1e-12:
        raise ValueError("not square and symmetric")
    w, V = np.linalg.eigh(A)
    return w[::-1], V[:, ::-1]


def with_eig(A):
    A = _checked(A)
    w, V = np.linalg.eig(A)
    order = np.argsort(w.real)[::-1]
    return w.real[order], V.real[:, order]


def values_as_list(A):
    w, V = np.linalg.eigh(_checked(A))
    return list(w[::-1]), V[:, ::-1]


def shape_check_on_1d(A):
    A = np.asarray(A, float)
    if A.shape[0] != A.shape[1] or not np.allclose(A, A.T):   # IndexError for a 1-D array
        raise ValueError("not square and symmetric")
    w, V = np.linalg.eigh(A)
    return w[::-1], V[:, ::-1]


MUTANTS = [m if m[1] is not no_symmetry_check else (m[0], m[1], "should raise ValueError")
           for m in MUTANTS]
MUTANTS += [
    ("sym_eigendecomposition", exact_symmetry_test, "symmetric up to rounding"),
    ("sym_eigendecomposition", absolute_symmetry_threshold, "absolute threshold"),
    ("sym_eigendecomposition", with_eig, "not orthogonal to each other"),
    ("sym_eigendecomposition", values_as_list, "NumPy array"),
    ("sym_eigendecomposition", shape_check_on_1d, "IndexError"),
]
