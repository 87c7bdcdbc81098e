"""Valid alternatives to `inverse_2x2` that must earn full marks."""
import numpy as np


def entry_by_entry(A):
    A = np.asarray(A)
    if A.shape != (2, 2):
        raise ValueError("inverse_2x2 needs a 2x2 matrix")
    a, b, c, d = (float(A[i, j]) for i in range(2) for j in range(2))
    det = a * d - b * c
    largest = max(abs(a), abs(b), abs(c), abs(d))
    if abs(det) <= 1e-12 * largest * largest:
        raise ValueError("singular")
    inv = np.empty((2, 2))
    inv[0, 0], inv[0, 1] = d / det, -b / det
    inv[1, 0], inv[1, 1] = -c / det, a / det
    return inv


def adjugate_times_reciprocal(A):
    M = np.array(A, dtype=float)
    if M.ndim != 2 or M.shape != (2, 2):
        raise ValueError(f"shape {M.shape} is not (2, 2)")
    det = M[0, 0] * M[1, 1] - M[0, 1] * M[1, 0]
    if not abs(det) > 1e-12 * np.abs(M).max() ** 2:
        raise ValueError("the matrix is singular")
    adj = np.array([[M[1, 1], -M[0, 1]], [-M[1, 0], M[0, 0]]])
    return (1.0 / det) * adj


ALTERNATIVES = [("inverse_2x2", entry_by_entry), ("inverse_2x2", adjugate_times_reciprocal)]
