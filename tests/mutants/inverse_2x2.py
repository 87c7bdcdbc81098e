"""Wrong implementations of `inverse_2x2`."""
import numpy as np
import scipy.linalg

BANNED = "asks you not to use"


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


def absolute_threshold(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) < 1e-12:
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det


def threshold_not_squared(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * np.max(np.abs(A)):
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det


def isclose_to_zero(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d - b * c
    if np.isclose(det, 0.0):
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det


def wrong_signs(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) <= 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    return np.array([[d, b], [c, a]]) / det


def determinant_with_plus(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d + b * c
    if abs(det) <= 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det


def integer_result_array(A):
    A = np.asarray(A)
    if A.shape != (2, 2):
        raise ValueError("shape")
    a, b, c, d = A[0, 0], A[0, 1], A[1, 0], A[1, 1]
    det = a * d - b * c
    if abs(det) <= 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    inv = np.zeros_like(A)
    inv[0, 0], inv[0, 1], inv[1, 0], inv[1, 1] = d / det, -b / det, -c / det, a / det
    return inv


def no_shape_check(A):
    A = np.asarray(A, float)
    a, b, c, d = A[0, 0], A[0, 1], A[1, 0], A[1, 1]
    det = a * d - b * c
    if abs(det) <= 1e-12 * max(abs(a), abs(b), abs(c), abs(d)) ** 2:
        raise ValueError("singular")
    return np.array([[d, -b], [-c, a]]) / det


def linalg_inv(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    if abs(a * d - b * c) <= 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    return np.linalg.inv(A)


def scipy_inv(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    if abs(a * d - b * c) <= 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    return scipy.linalg.inv(A)


MUTANTS = [
    ("inverse_2x2", forgets_determinant, "divide by the determinant"),
    ("inverse_2x2", exact_zero_test, "singular up to rounding"),
    ("inverse_2x2", transposed_adjugate, "transpose of the inverse"),
    ("inverse_2x2", mutates_input, "in place"),
    ("inverse_2x2", absolute_threshold, "Singularity is relative"),
    ("inverse_2x2", threshold_not_squared, "squared because det is a product"),
    ("inverse_2x2", isclose_to_zero, "Singularity is relative"),
    ("inverse_2x2", wrong_signs, "check which entries you negated"),
    ("inverse_2x2", determinant_with_plus, "not ad + bc"),
    ("inverse_2x2", integer_result_array, "float copy"),
    ("inverse_2x2", no_shape_check, "A.shape != (2, 2)"),
    ("inverse_2x2", linalg_inv, BANNED),
    ("inverse_2x2", scipy_inv, BANNED),
]


def strict_inequality(A):
    A = np.asarray(A, float)
    if A.shape != (2, 2):
        raise ValueError("shape")
    (a, b), (c, d) = A
    det = a * d - b * c
    if abs(det) < 1e-12 * np.max(np.abs(A)) ** 2:
        raise ValueError("singular")
    with np.errstate(all="ignore"):
        return np.array([[d, -b], [-c, a]]) / det


MUTANTS.append(("inverse_2x2", strict_inequality, "(<=, not <)"))
