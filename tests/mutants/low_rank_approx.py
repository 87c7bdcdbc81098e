"""Wrong implementations of `low_rank_approx`."""
import numpy as np


def _svd(A, k):
    if k < 0:
        raise ValueError("negative k")
    return np.linalg.svd(np.asarray(A, float), full_matrices=False)


def _error(s, k):
    return float(s[k]) if k < len(s) else 0.0


def k_smallest(A, k):
    U, s, Vh = _svd(A, k)
    r = len(s)
    keep = slice(r - min(k, r), r)
    return U[:, keep] @ np.diag(s[keep]) @ Vh[keep, :], _error(s, k)


def vh_transposed_again(A, k):
    U, s, Vh = _svd(A, k)
    return U[:, :k] @ np.diag(s[:k]) @ Vh.T[:k, :], _error(s, k)


def error_sigma_k(A, k):
    U, s, Vh = _svd(A, k)
    return U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :], float(s[k - 1]) if k > 0 else float(s[0])


def frobenius_error(A, k):
    U, s, Vh = _svd(A, k)
    return U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :], float(np.sqrt(np.sum(s[k:] ** 2)))


def no_sigma(A, k):
    U, s, Vh = _svd(A, k)
    return U[:, :k] @ Vh[:k, :], _error(s, k)


def unguarded_index(A, k):
    U, s, Vh = _svd(A, k)
    return U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :], float(s[k])


def no_negative_check(A, k):
    U, s, Vh = np.linalg.svd(np.asarray(A, float), full_matrices=False)
    return U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :], float(s[k]) if k < len(s) else 0.0


MUTANTS = [
    ("low_rank_approx", k_smallest, "SMALLEST"),
    ("low_rank_approx", vh_transposed_again, "Vh = Vᵀ"),
    ("low_rank_approx", error_sigma_k, "DROPPED"),
    ("low_rank_approx", frobenius_error, "Frobenius"),
    ("low_rank_approx", no_sigma, "singular value σᵢ"),
    ("low_rank_approx", unguarded_index, None),
    ("low_rank_approx", no_negative_check, None),
]


def frobenius_by_norm(A, k):
    U, s, Vh = _svd(A, k)
    A_k = U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :]
    return A_k, float(np.linalg.norm(np.asarray(A, float) - A_k))     # Frobenius by default


def last_sigma_beyond_rank(A, k):
    U, s, Vh = _svd(A, k)
    return U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :], float(s[min(k, len(s) - 1)])


def skips_first_layer(A, k):
    U, s, Vh = _svd(A, k)
    A_k = np.zeros(np.shape(A))
    for i in range(1, k + 1):
        if i < len(s):
            A_k += s[i] * np.outer(U[:, i], Vh[i])
    return A_k, _error(s, k)


MUTANTS = [m if m[1] not in (unguarded_index, no_negative_check) else
           (m[0], m[1], "IndexError" if m[1] is unguarded_index else "should raise ValueError")
           for m in MUTANTS]
MUTANTS += [
    ("low_rank_approx", frobenius_by_norm, "Frobenius"),
    ("low_rank_approx", last_sigma_beyond_rank, "nothing is dropped"),
    ("low_rank_approx", skips_first_layer, None),
]
