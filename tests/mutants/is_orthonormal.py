"""Wrong implementations of `is_orthonormal`."""
import numpy as np


def orthogonality_only(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    G = Q.T @ Q
    return bool(np.all(np.abs(G - np.diag(np.diag(G))) <= tol))


def q_qt(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.all(np.abs(Q @ Q.T - np.eye(Q.shape[0])) <= tol))


def exact_equality(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.array_equal(Q.T @ Q, np.eye(Q.shape[1])))


def returns_array(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return np.abs(Q.T @ Q - np.eye(Q.shape[1])) <= tol


def ignores_tol(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.allclose(Q.T @ Q, np.eye(Q.shape[1])))


def unit_columns_only(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.all(np.abs(np.linalg.norm(Q, axis=0) - 1) <= tol))


def wide_is_never_orthonormal(Q, tol=1e-8):
    Q = np.asarray(Q, dtype=float)
    m, n = Q.shape
    if m < n:                            # a shortcut the entrywise rule does not allow
        return False
    return bool(np.all(np.abs(Q.T @ Q - np.eye(n)) <= tol))


MUTANTS = [
    ("is_orthonormal", orthogonality_only, "only that the columns are orthogonal"),
    ("is_orthonormal", q_qt, "you tested Q Qᵀ = I"),
    ("is_orthonormal", exact_equality, "rounding"),
    ("is_orthonormal", returns_array, "True or False"),
    ("is_orthonormal", ignores_tol, "use the tol"),
    ("is_orthonormal", unit_columns_only, "only that the columns have length 1"),
]


def frobenius_norm(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.linalg.norm(Q.T @ Q - np.eye(Q.shape[1])) <= tol)


def no_absolute_value(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.all(Q.T @ Q - np.eye(Q.shape[1]) <= tol))


def strict_inequality(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.all(np.abs(Q.T @ Q - np.eye(Q.shape[1])) < tol))


def returns_int(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return int(np.all(np.abs(Q.T @ Q - np.eye(Q.shape[1])) <= tol))


def with_svd(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    s = np.linalg.svd(Q, compute_uv=False)
    return bool(len(s) == Q.shape[1] and np.all(np.abs(s ** 2 - 1) <= tol))


def with_inv(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    if Q.shape[0] == Q.shape[1]:
        try:
            return bool(np.all(np.abs(np.linalg.inv(Q) - Q.T) <= tol))
        except np.linalg.LinAlgError:
            return False
    return bool(np.all(np.abs(Q.T @ Q - np.eye(Q.shape[1])) <= tol))


def with_pinv(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    return bool(np.all(np.abs(np.linalg.pinv(Q) - Q.T) <= tol))


def with_lstsq(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    X = np.linalg.lstsq(Q, np.eye(Q.shape[0]), rcond=None)[0]
    return bool(np.all(np.abs(X - Q.T) <= tol))


def with_qr(Q, tol=1e-8):
    Q = np.asarray(Q, float)
    R = np.linalg.qr(Q, mode="r")
    return bool(R.shape == (Q.shape[1], Q.shape[1])
                and np.all(np.abs(np.abs(R) - np.eye(Q.shape[1])) <= tol))


BAN = "asks you not to use"
MUTANTS += [
    ("is_orthonormal", frobenius_norm, "the test is entrywise"),
    ("is_orthonormal", no_absolute_value, "negative entries"),
    ("is_orthonormal", strict_inequality, "includes tol itself"),
    ("is_orthonormal", returns_int, "True or False"),
    ("is_orthonormal", with_svd, BAN),
    ("is_orthonormal", with_inv, BAN),
    ("is_orthonormal", with_pinv, BAN),
    ("is_orthonormal", with_lstsq, BAN),
    ("is_orthonormal", with_qr, BAN),
    ("is_orthonormal", wide_is_never_orthonormal, "loose tol"),
]
