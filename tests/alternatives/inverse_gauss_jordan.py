"""Valid alternatives to `inverse_gauss_jordan` that must earn full marks."""
import numpy as np


def separate_blocks(A, tol=1e-12):
    """The same row operations applied to A's copy and to a separate identity, row by row."""
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = len(A)
    L = A.astype(float)                 # a float copy: the caller's A is untouched
    R = np.eye(n)
    threshold = tol * (np.abs(L).max() if L.size else 0.0)
    for j in range(n):
        p = j + int(np.argmax(np.abs(L[j:, j])))
        if abs(L[p, j]) <= threshold:
            raise ValueError("A is singular")
        if p != j:
            L[[j, p]], R[[j, p]] = L[[p, j]], R[[p, j]]
        pivot = L[j, j]
        L[j] /= pivot
        R[j] /= pivot
        for i in range(n):
            if i != j and L[i, j] != 0.0:
                factor = L[i, j]
                L[i] -= factor * L[j]
                R[i] -= factor * R[j]
    return R


def eliminate_down_then_up(A, tol=1e-12):
    """Forward elimination with partial pivoting first, then scale and clear upwards."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = len(A)
    M = np.concatenate([A, np.identity(n)], axis=1)
    threshold = tol * np.max(np.abs(A), initial=0.0)
    for j in range(n):
        p = j + int(np.argmax(np.abs(M[j:, j])))
        if abs(M[p, j]) <= threshold:
            raise ValueError("singular")
        M[[j, p]] = M[[p, j]]
        M[j + 1:] -= np.outer(M[j + 1:, j] / M[j, j], M[j])
    for j in range(n - 1, -1, -1):
        M[j] /= M[j, j]
        M[:j] -= np.outer(M[:j, j], M[j])
    return M[:, n:].copy()


ALTERNATIVES = [("inverse_gauss_jordan", separate_blocks),
                ("inverse_gauss_jordan", eliminate_down_then_up)]
