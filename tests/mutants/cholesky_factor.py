"""Wrong implementations of `cholesky_factor`."""
import numpy as np


def _checked(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    if not np.allclose(A, A.T):
        raise ValueError("not symmetric")
    return A


def _lower(A):
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def returns_upper_factor(A):
    return _lower(_checked(A)).T


def starts_from_copy_of_a(A):
    A = _checked(A)
    L = A.copy()
    n = len(A)
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def no_positivity_check(A):
    A = _checked(A)
    n = len(A)
    L = np.zeros((n, n))
    with np.errstate(all="ignore"):
        for j in range(n):
            L[j, j] = np.sqrt(A[j, j] - L[j, :j] @ L[j, :j])
            L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def integer_workspace(A):
    A = np.asarray(A)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad matrix")
    n = len(A)
    L = np.zeros_like(A)                     # integer when A is: every entry gets truncated
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def overwrites_a(A):
    A = np.asarray(A)
    if A.dtype.kind != "f":
        A = A.astype(float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T):
        raise ValueError("bad matrix")
    n = len(A)
    for j in range(n):                       # the factor is built inside the caller's A
        pivot = A[j, j] - A[j, :j] @ A[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        A[j, j] = np.sqrt(pivot)
        A[j + 1:, j] = (A[j + 1:, j] - A[j + 1:, :j] @ A[j, :j]) / A[j, j]
    return np.tril(A)


def no_symmetry_check(A):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    return _lower(A)


def forgets_square_root(A):
    A = _checked(A)
    n = len(A)
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
            raise ValueError("not positive definite")
        L[j, j] = pivot
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def numpy_one_liner(A):
    return np.linalg.cholesky(_checked(A))


def scipy_one_liner(A):
    import scipy.linalg
    return scipy.linalg.cholesky(_checked(A), lower=True)


def eigenvalue_test_first(A):
    """Checks positive definiteness with np.linalg.eigvalsh (another np.linalg routine), then loops."""
    A = _checked(A)
    if np.linalg.eigvalsh(A).min() <= 0:
        raise ValueError("not positive definite")
    return _lower(A)


def exact_symmetry_check(A):
    """A == A.T exactly: rejects matrices that are symmetric only up to rounding."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    if not np.array_equal(A, A.T):
        raise ValueError("not symmetric")
    return _lower(A)


def pivot_threshold(A):
    """pivot < 1e-10 counts as 'not positive definite': wrong for matrices on a tiny scale."""
    A = _checked(A)
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot < 1e-10:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def zero_pivot_allowed(A):
    """pivot < 0 instead of pivot <= 0: a singular matrix divides by zero."""
    A = _checked(A)
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot < 0:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        with np.errstate(all="ignore"):
            L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def shape_index_error(A):
    """Reads A.shape[1] before checking ndim: a 1-D array raises IndexError, not ValueError."""
    A = np.asarray(A, dtype=float)
    if A.shape[0] != A.shape[1]:
        raise ValueError("not square")
    if not np.allclose(A, A.T):
        raise ValueError("not symmetric")
    return _lower(A)


# the notebook's ground rule: np.var, np.std, np.cov and np.corrcoef are off limits in every
# exercise; each of these is otherwise right and uses one of them for a relative threshold
def _scaled_lower(A, scale):
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 1e-14 * scale:
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def threshold_from_np_var(A):
    A = _checked(A)
    return _scaled_lower(A, np.var(A))


def threshold_from_np_std(A):
    A = _checked(A)
    return _scaled_lower(A, np.std(A))


def symmetry_from_np_cov(A):
    A = _checked(A)
    return _scaled_lower(A, float(np.cov(np.diag(A))) if len(A) > 1 else 0.0)


def symmetry_from_np_corrcoef(A):
    A = _checked(A)
    d = np.sqrt(np.abs(np.diag(A)))
    return _scaled_lower(A, float(np.nanmax(np.abs(np.corrcoef(A)))) if len(A) > 1 else 0.0) * (d > -1)



def _factor(A):
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if not pivot > 0:
            raise ValueError("A is not positive definite")
        L[j, j] = np.sqrt(pivot)
        L[j + 1:, j] = (A[j + 1:, j] - L[j + 1:, :j] @ L[j, :j]) / L[j, j]
    return L


def symmetry_tolerance_too_loose(A):
    """np.allclose(A, A.T, atol=0.1): a matrix whose mirror entries differ by 0.05 slips through."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or not np.allclose(A, A.T, atol=0.1):
        raise ValueError("A must be square and symmetric")
    return _factor(A)


def symmetry_checked_on_one_pair(A):
    """Compares only A[0, 1] with A[1, 0] (enough for the 2×2 examples)."""
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or (A.shape[0] > 1 and A[0, 1] != A[1, 0]):
        raise ValueError("A must be square and symmetric")
    return _factor(A)


MUTANTS = [
    ("cholesky_factor", returns_upper_factor, "UPPER factor"),
    ("cholesky_factor", starts_from_copy_of_a, "above the diagonal"),
    ("cholesky_factor", no_positivity_check, "contains NaN"),
    ("cholesky_factor", integer_workspace, "integer array"),
    ("cholesky_factor", overwrites_a, "in place"),
    ("cholesky_factor", no_symmetry_check, None),
    ("cholesky_factor", forgets_square_root, None),
    ("cholesky_factor", numpy_one_liner, "asks you not to use"),
    ("cholesky_factor", scipy_one_liner, "asks you not to use"),
    ("cholesky_factor", eigenvalue_test_first, "asks you not to use"),
    ("cholesky_factor", exact_symmetry_check, "np.allclose(A, A.T)"),
    ("cholesky_factor", pivot_threshold, "no threshold of your own"),
    ("cholesky_factor", zero_pivot_allowed, "contains NaN"),
    ("cholesky_factor", shape_index_error, "raised IndexError"),
    ("cholesky_factor", threshold_from_np_var, "asks you not to use"),
    ("cholesky_factor", threshold_from_np_std, "asks you not to use"),
    ("cholesky_factor", symmetry_from_np_cov, "asks you not to use"),
    ("cholesky_factor", symmetry_from_np_corrcoef, "asks you not to use"),
    ("cholesky_factor", symmetry_tolerance_too_loose, "np.allclose(A, A.T) and its default"),
    ("cholesky_factor", symmetry_checked_on_one_pair, "np.allclose(A, A.T) and its default"),
]
