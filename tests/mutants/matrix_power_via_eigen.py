"""Wrong implementations of `sym_matrix_power`."""
import numpy as np


def _eig(A, k):
    if k < 0:
        raise ValueError("negative power")
    w, V = np.linalg.eigh(np.asarray(A, float))
    return w[::-1], V[:, ::-1]


def rows_not_columns(A, k):
    w, V = _eig(A, k)
    return V.T @ np.diag(w ** k) @ V


def times_k(A, k):
    w, V = _eig(A, k)
    return V @ np.diag(w * k) @ V.T


def entrywise_power(A, k):
    if k < 0:
        raise ValueError("negative power")
    return np.asarray(A, float) ** k


def diagonal_matrix_power(A, k):
    w, V = _eig(A, k)
    return V @ (np.diag(w) ** k) @ V.T


def no_negative_check(A, k):
    w, V = np.linalg.eigh(np.asarray(A, float))
    return V @ np.diag(w ** float(k)) @ V.T


def abs_eigenvalues(A, k):
    w, V = _eig(A, k)
    return V @ np.diag(np.abs(w) ** k) @ V.T   # loses the sign of negative eigenvalues


MUTANTS = [
    ("sym_matrix_power", rows_not_columns, "V Λᵏ Vᵀ"),
    ("sym_matrix_power", times_k, "not k·λᵢ"),
    ("sym_matrix_power", entrywise_power, "raises every entry"),
    ("sym_matrix_power", diagonal_matrix_power, "off-diagonal zeros into ones"),
    ("sym_matrix_power", no_negative_check, None),
    ("sym_matrix_power", abs_eigenvalues, None),
]


def with_matrix_power(A, k):
    if k < 0:
        raise ValueError("negative power")
    return np.linalg.matrix_power(np.asarray(A, float), k)


def integer_identity_for_zero(A, k):
    if k < 0:
        raise ValueError("negative power")
    A = np.asarray(A)
    if k == 0:
        return np.eye(len(A), dtype=int)
    w, V = np.linalg.eigh(A.astype(float))
    return V @ np.diag(w ** k) @ V.T


MUTANTS = [m if m[1] not in (no_negative_check, abs_eigenvalues) else
           (m[0], m[1], "should raise ValueError" if m[1] is no_negative_check else "keeps its sign")
           for m in MUTANTS]
MUTANTS += [
    ("sym_matrix_power", with_matrix_power, "asks you not to use"),
    ("sym_matrix_power", integer_identity_for_zero, "dtype"),
]


def eig_with_transpose(A, k):
    """np.linalg.eig instead of eigh, then V Λᵏ Vᵀ: wrong when an eigenvalue repeats, because eig's
    eigenvectors for it need not be orthogonal (Vᵀ is then not V⁻¹)."""
    if k < 0:
        raise ValueError("k must be >= 0")
    w, V = np.linalg.eig(np.asarray(A, dtype=float))
    return np.real(V @ np.diag(w ** k) @ V.T)


MUTANTS.append(("sym_matrix_power", eig_with_transpose, "np.linalg.eig may return"))
