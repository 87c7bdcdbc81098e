"""Valid alternatives to `classify_quadratic` that must earn full marks."""
import numpy as np


def python_float_and_min(A, tol=1e-10):
    """lambda_min as min() of the eigenvalues, the scale from both ends of the sorted list."""
    A = np.array(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    eigenvalues = np.linalg.eigvalsh(0.5 * (A + A.T))
    lambda_min = float(min(eigenvalues))
    s = max(abs(eigenvalues[0]), abs(eigenvalues[-1]))
    if abs(lambda_min) <= tol * s:
        kind = "convex"
    elif lambda_min > 0:
        kind = "strictly convex"
    else:
        kind = "not convex"
    return kind, lambda_min


def np_float64_and_transpose_method(A, tol=1e-10):
    """A.transpose(), np.float64 result, the three verdicts tested from the bottom."""
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError(f"expected a square matrix, got {A.shape}")
    lam = np.linalg.eigvalsh((A + A.transpose()) / 2.0)
    threshold = tol * np.max(np.abs(lam))
    if lam[0] < -threshold:
        return "not convex", lam[0]
    if lam[0] <= threshold:
        return "convex", lam[0]
    return "strictly convex", lam[0]


def scale_from_the_largest_eigenvalue(A, tol=1e-10):
    """s = λ_max instead of max|λ|: where they differ, λ_min is far below −tol·s either way."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    lam = np.linalg.eigvalsh((A + A.T) / 2)
    s = lam[-1]                       # may be <= 0: then lambda_min < 0 decides alone
    lmin = float(lam[0])
    if lmin > tol * s:
        return "strictly convex", lmin
    if lmin < -tol * s:
        return "not convex", lmin
    return "convex", lmin


ALTERNATIVES = [("classify_quadratic", python_float_and_min),
                ("classify_quadratic", np_float64_and_transpose_method),
                ("classify_quadratic", scale_from_the_largest_eigenvalue)]
