"""Wrong implementations of `inverse_2x2`."""
import numpy as np


def forgets_determinant(A):
    (a, b), (c, d) = np.asarray(A, float)
    if a * d - b * c == 0:
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]])


def exact_zero_test(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d - b * c
    if det == 0:
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det


def transposed_adjugate(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    return np.array([[d, -c], [-b, a]]) / det


def mutates_input(A):
    if A.shape != (2, 2):
        raise ValueError("shape")
    det = A[0, 0] * A[1, 1] - A[0, 1] * A[1, 0]
    if abs(det) <= 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    A[0, 0], A[1, 1] = A[1, 1], A[0, 0]
    A[0, 1], A[1, 0] = -A[0, 1], -A[1, 0]
    A /= det
    return A


MUTANTS = [
    ("inverse_2x2", forgets_determinant, "divide by the determinant"),
    ("inverse_2x2", exact_zero_test, None),
    ("inverse_2x2", transposed_adjugate, "transpose of the inverse"),
    ("inverse_2x2", mutates_input, "in place"),
]
