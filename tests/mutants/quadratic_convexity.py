"""Wrong implementations of `classify_quadratic`."""
import numpy as np


def _square(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    return A


def _label(lam, threshold):
    if lam > threshold:
        return "strictly convex"
    if lam >= -threshold:
        return "convex"
    return "not convex"


def eigenvalues_of_A(A, tol=1e-10):
    A = _square(A)
    eigs = np.linalg.eigvals(A).real
    return _label(float(eigs.min()), tol * np.abs(eigs).max()), float(eigs.min())


def exact_zero_test(A, tol=1e-10):
    A = _square(A)
    lam = float(np.linalg.eigvalsh((A + A.T) / 2)[0])
    return _label(lam, 0.0), lam


def absolute_tolerance(A, tol=1e-10):
    A = _square(A)
    lam = float(np.linalg.eigvalsh((A + A.T) / 2)[0])
    return _label(lam, tol), lam


def diagonal_test(A, tol=1e-10):
    A = _square(A)
    lam = float(np.linalg.eigvalsh((A + A.T) / 2)[0])
    d = np.diag(A)
    return ("strictly convex" if (d > 0).all() else "convex" if (d >= 0).all() else "not convex"), lam


def never_strict(A, tol=1e-10):
    A = _square(A)
    eigs = np.linalg.eigvalsh((A + A.T) / 2)
    kind = _label(float(eigs[0]), tol * np.abs(eigs).max())
    return ("convex" if kind == "strictly convex" else kind), float(eigs[0])


def largest_eigenvalue(A, tol=1e-10):
    A = _square(A)
    eigs = np.linalg.eigvalsh((A + A.T) / 2)
    return _label(float(eigs[0]), tol * np.abs(eigs).max()), float(eigs[-1])


def hessian_twice_the_symmetric_part(A, tol=1e-10):
    A = _square(A)
    eigs = np.linalg.eigvalsh(A + A.T)
    return _label(float(eigs[0]), tol * np.abs(eigs).max()), float(eigs[0])


def no_square_check(A, tol=1e-10):
    A = np.atleast_2d(np.asarray(A, dtype=float))
    A = A[:, :A.shape[0]]
    eigs = np.linalg.eigvalsh((A + A.T) / 2)
    return _label(float(eigs[0]), tol * np.abs(eigs).max()), float(eigs[0])


def booleans(A, tol=1e-10):
    A = _square(A)
    eigs = np.linalg.eigvalsh((A + A.T) / 2)
    return bool(eigs[0] >= -tol * np.abs(eigs).max()), float(eigs[0])


def scipy_eigvalsh(A, tol=1e-10):
    import scipy.linalg
    A = _square(A)
    eigs = scipy.linalg.eigvalsh((A + A.T) / 2)
    return _label(float(eigs[0]), tol * np.abs(eigs).max()), float(eigs[0])


def eigvalsh_of_A(A, tol=1e-10):
    """np.linalg.eigvalsh on A itself: only its lower triangle is read."""
    A = _square(A)
    eigs = np.linalg.eigvalsh(A)
    return _label(float(eigs[0]), tol * np.abs(eigs).max()), float(eigs[0])


def strict_zero_band(A, tol=1e-10):
    """|λ| < tol·s (strict): the zero matrix, where tol·s = 0, is called not convex."""
    A = _square(A)
    eigs = np.linalg.eigvalsh((A + A.T) / 2)
    lam, threshold = float(eigs[0]), tol * np.abs(eigs).max()
    if abs(lam) < threshold:
        return "convex", lam
    return ("strictly convex" if lam > 0 else "not convex"), lam


def ignores_tol(A, tol=1e-10):
    A = _square(A)
    eigs = np.linalg.eigvalsh((A + A.T) / 2)
    return _label(float(eigs[0]), 1e-10 * np.abs(eigs).max()), float(eigs[0])


def scale_from_a_norm(A, tol=1e-10):
    """s = ‖A‖_F instead of max|λ(S)|: a large antisymmetric part inflates the tolerance."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    lam = np.linalg.eigvalsh((A + A.T) / 2)
    s = np.linalg.norm(A)
    kind = ("strictly convex" if lam[0] > tol * s else
            "not convex" if lam[0] < -tol * s else "convex")
    return kind, float(lam[0])


def boundary_counts_as_strict(A, tol=1e-10):
    """>= / <= at the two boundaries: |λ_min| = tol·s exactly is not counted as zero."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    lam = np.linalg.eigvalsh((A + A.T) / 2)
    s = np.abs(lam).max()
    if s > 0 and lam[0] >= tol * s:
        kind = "strictly convex"
    elif s > 0 and lam[0] <= -tol * s:
        kind = "not convex"
    else:
        kind = "convex"
    return kind, float(lam[0])


MUTANTS = [
    ("classify_quadratic", eigenvalues_of_A, "symmetric part S = (A + Aᵀ)/2"),
    ("classify_quadratic", exact_zero_test, "instead of comparing it with exactly 0"),
    ("classify_quadratic", absolute_tolerance, "make the tolerance relative"),
    ("classify_quadratic", diagonal_test, "non-negative diagonal entries"),
    ("classify_quadratic", never_strict, None),
    ("classify_quadratic", largest_eigenvalue, None),
    ("classify_quadratic", hessian_twice_the_symmetric_part, None),
    ("classify_quadratic", no_square_check, "should raise ValueError"),
    ("classify_quadratic", booleans, "exactly one of the strings"),
    ("classify_quadratic", scipy_eigvalsh, "asks you not to use"),
    ("classify_quadratic", eigvalsh_of_A, "LOWER triangle"),
    ("classify_quadratic", strict_zero_band, "holds with equality"),
    ("classify_quadratic", ignores_tol, "the tol you were given"),
    ("classify_quadratic", scale_from_a_norm, "largest |eigenvalue| of S"),
    ("classify_quadratic", boundary_counts_as_strict, "exactly tol · max|λᵢ| counts as zero"),
]
