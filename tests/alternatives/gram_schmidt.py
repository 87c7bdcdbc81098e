"""Valid alternatives to `gram_schmidt` that must earn full marks."""
import numpy as np


def classical(A, tol=1e-10):
    """Classical Gram–Schmidt: coefficients q_iᵀ a_j from the original column."""
    A = np.array(A, dtype=float)
    m, n = A.shape
    qs = []
    for j in range(n):
        a = A[:, j]
        v = a - sum(((q @ a) * q for q in qs), np.zeros(m))
        if np.linalg.norm(v) <= tol * np.linalg.norm(a):
            continue
        qs.append(v / np.linalg.norm(v))
    return np.column_stack(qs) if qs else np.zeros((m, 0))


def vectorised_with_preallocation(A, tol=1e-10):
    """Q grows in a preallocated array; the projection onto the kept columns in one product."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, min(m, n)))
    r = 0
    for j in range(n):
        a = A[:, j]
        v = a - Q[:, :r] @ (Q[:, :r].T @ a)
        v = v - Q[:, :r] @ (Q[:, :r].T @ v)   # re-orthogonalise once
        length = np.linalg.norm(v)
        if length > tol * np.linalg.norm(a):
            Q[:, r] = v / length
            r += 1
    return Q[:, :r]


ALTERNATIVES = [("gram_schmidt", classical), ("gram_schmidt", vectorised_with_preallocation)]


def modified_twice(A, tol=1e-10):
    """Modified Gram–Schmidt with a second orthogonalisation pass ("twice is enough")."""
    A = np.asarray(A, dtype=float)
    m, n = A.shape
    Q = np.zeros((m, 0))
    for j in range(n):
        v = A[:, j].copy()
        for _ in range(2):
            for i in range(Q.shape[1]):
                v = v - (Q[:, i] @ v) * Q[:, i]
        length = np.linalg.norm(v)
        if length > tol * np.linalg.norm(A[:, j]):
            Q = np.column_stack([Q, v / length])
    return Q


ALTERNATIVES.append(("gram_schmidt", modified_twice))
