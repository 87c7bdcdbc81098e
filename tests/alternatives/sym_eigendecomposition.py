"""Valid alternatives to `sym_eigendecomposition` that must earn full marks."""
import numpy as np


def reversed_eigh(A):
    A = np.array(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("A must be square and symmetric")
    w, V = np.linalg.eigh(A)
    return w[::-1].copy(), V[:, ::-1].copy()


def negated_and_stable_sort(A):
    """Sort by −λ with a stable sort, and flip the sign of every eigenvector (either sign is right)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    if not np.allclose(A, A.T):
        raise ValueError("not symmetric")
    w, V = np.linalg.eigh((A + A.T) / 2)
    order = np.argsort(-w, kind="stable")
    return w[order], -V[:, order]


ALTERNATIVES = [("sym_eigendecomposition", reversed_eigh),
                ("sym_eigendecomposition", negated_and_stable_sort)]


def argsort_with_fixed_signs(A):
    """argsort into descending order, then each column's largest |entry| made positive (a sign the
    task leaves free)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    if not np.allclose(A, A.T):
        raise ValueError("A must be symmetric")
    w, V = np.linalg.eigh(A)
    order = np.argsort(w)[::-1]
    w, V = w[order], V[:, order]
    signs = np.sign(V[np.argmax(np.abs(V), axis=0), np.arange(V.shape[1])])
    signs[signs == 0] = 1.0
    return w, V * signs


ALTERNATIVES.append(("sym_eigendecomposition", argsort_with_fixed_signs))
