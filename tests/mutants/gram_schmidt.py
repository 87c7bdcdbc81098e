"""Wrong implementations of `gram_schmidt`."""
import numpy as np


def _stack(cols, m):
    return np.column_stack(cols) if cols else np.zeros((m, 0))


def not_normalised(A, tol=1e-10):
    A = np.asarray(A, float)
    vs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for w in vs:
            v -= (w @ A[:, j]) / (w @ w) * w
        if np.linalg.norm(v) > tol * np.linalg.norm(A[:, j]):
            vs.append(v)
    return _stack(vs, A.shape[0])


def never_drops(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    with np.errstate(all="ignore"):
        for j in range(A.shape[1]):
            v = A[:, j].copy()
            for q in qs:
                v -= (q @ v) * q
            qs.append(v / np.linalg.norm(v))
    return _stack(qs, A.shape[0])


def keeps_zero_columns(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v -= (q @ v) * q
        norm = np.linalg.norm(v)
        qs.append(v / norm if norm > tol * np.linalg.norm(A[:, j]) else np.zeros_like(v))
    return _stack(qs, A.shape[0])


def exact_zero_test(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v -= (q @ v) * q
        norm = np.linalg.norm(v)
        if norm != 0:
            qs.append(v / norm)
    return _stack(qs, A.shape[0])


def absolute_tolerance(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v -= (q @ v) * q
        norm = np.linalg.norm(v)
        if norm > tol:
            qs.append(v / norm)
    return _stack(qs, A.shape[0])


def normalises_only(A, tol=1e-10):
    A = np.asarray(A, float)
    norms = np.linalg.norm(A, axis=0)
    return A[:, norms > 0] / norms[norms > 0]


def projects_on_original_columns(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        a = A[:, j]
        v = a.copy()
        for i in range(j):
            v -= (A[:, i] @ a) / (A[:, i] @ A[:, i]) * A[:, i]
        norm = np.linalg.norm(v)
        if norm > tol * np.linalg.norm(a):
            qs.append(v / norm)
    return _stack(qs, A.shape[0])


def numpy_qr_signs(A, tol=1e-10):
    A = np.asarray(A, float)
    Q, R = np.linalg.qr(A)
    keep = np.abs(np.diag(R)) > tol * np.linalg.norm(A[:, : len(np.diag(R))], axis=0)
    return Q[:, keep]


def modifies_input(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j]  # a view into A: the updates below overwrite the caller's matrix
        norm_a = np.linalg.norm(v)
        for q in qs:
            v -= (q @ v) * q
        norm = np.linalg.norm(v)
        if norm > tol * norm_a:
            qs.append(v / norm)
    return _stack(qs, A.shape[0])


MUTANTS = [
    ("gram_schmidt", not_normalised, "normalise each residual"),
    ("gram_schmidt", never_drops, "NaN or inf"),
    ("gram_schmidt", keeps_zero_columns, "zero column"),
    ("gram_schmidt", exact_zero_test, "instead of testing for zero"),
    ("gram_schmidt", absolute_tolerance, "too few columns"),
    ("gram_schmidt", normalises_only, "only normalised"),
    ("gram_schmidt", projects_on_original_columns, "not onto the original"),
    ("gram_schmidt", numpy_qr_signs, "asks you not to use"),
    ("gram_schmidt", modifies_input, "in place"),
]


def fixed_tolerance(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v -= (q @ v) * q
        if np.linalg.norm(v) > 1e-10 * np.linalg.norm(A[:, j]):  # the default, whatever tol says
            qs.append(v / np.linalg.norm(v))
    return _stack(qs, A.shape[0])


def whole_matrix_scale(A, tol=1e-10):
    A = np.asarray(A, float)
    scale = np.linalg.norm(A)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v -= (q @ v) * q
        if np.linalg.norm(v) > tol * scale:
            qs.append(v / np.linalg.norm(v))
    return _stack(qs, A.shape[0])


def array_of_list(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v -= (q @ v) * q
        if np.linalg.norm(v) > tol * np.linalg.norm(A[:, j]):
            qs.append(v / np.linalg.norm(v))
    return np.array(qs).T  # shape (0,) when no column is kept


def absolute_threshold_1e8(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        v = A[:, j].copy()
        for q in qs:
            v -= (q @ v) * q
        if np.linalg.norm(v) > tol and np.linalg.norm(A[:, j]) > 0:
            qs.append(v / np.linalg.norm(v))
    return _stack(qs, A.shape[0])


def with_svd(A, tol=1e-10):
    A = np.asarray(A, float)
    U, s, _ = np.linalg.svd(A, full_matrices=False)
    return U[:, s > tol * max(s.max(initial=0), 1e-300)]


def with_cholesky_and_inv(A, tol=1e-10):
    A = np.asarray(A, float)
    L = np.linalg.cholesky(A.T @ A)
    return A @ np.linalg.inv(L.T)


def with_pinv(A, tol=1e-10):
    A = np.asarray(A, float)
    L = np.linalg.cholesky(A.T @ A)
    return A @ np.linalg.pinv(L.T)


def with_lstsq(A, tol=1e-10):
    A = np.asarray(A, float)
    qs = []
    for j in range(A.shape[1]):
        a = A[:, j]
        if qs:
            Q = np.column_stack(qs)
            v = a - Q @ np.linalg.lstsq(Q, a, rcond=None)[0]
        else:
            v = a.copy()
        if np.linalg.norm(v) > tol * np.linalg.norm(a):
            qs.append(v / np.linalg.norm(v))
    return _stack(qs, A.shape[0])


def with_scipy_qr(A, tol=1e-10):
    import scipy.linalg
    A = np.asarray(A, float)
    Q, R = scipy.linalg.qr(A, mode="economic")
    return Q * np.sign(np.diag(R))


BAN = "asks you not to use"
MUTANTS += [
    ("gram_schmidt", fixed_tolerance, "use the tol you are given"),
    ("gram_schmidt", whole_matrix_scale, "not with tol times the size of the whole matrix"),
    ("gram_schmidt", array_of_list, "shape"),
    ("gram_schmidt", absolute_threshold_1e8, "tol is relative"),
    ("gram_schmidt", with_svd, BAN),
    ("gram_schmidt", with_cholesky_and_inv, BAN),
    ("gram_schmidt", with_pinv, BAN),
    ("gram_schmidt", with_lstsq, BAN),
    ("gram_schmidt", with_scipy_qr, BAN),
]
