"""Valid alternatives to `low_rank_approx` that must earn full marks."""
import numpy as np


def rank_one_layers(A, k):
    if k < 0:
        raise ValueError("k must be >= 0")
    A = np.array(A, dtype=float)
    U, s, Vh = np.linalg.svd(A)                  # full matrices: slicing keeps what is needed
    A_k = np.zeros_like(A)
    for i in range(min(k, len(s))):
        A_k += s[i] * np.outer(U[:, i], Vh[i, :])
    return A_k, (s[k] if k < len(s) else 0.0)   # np.float64 or float


def error_from_spectral_norm(A, k):
    """The error measured as ‖A − A_k‖₂ (about 1e-15 rather than exactly 0 when k >= min(m, n))."""
    if k < 0:
        raise ValueError("negative k")
    A = np.asarray(A, dtype=float)
    U, s, Vh = np.linalg.svd(A, full_matrices=False)
    A_k = (U[:, :k] * s[:k]) @ Vh[:k]
    return A_k, float(np.linalg.norm(A - A_k, 2))


ALTERNATIVES = [("low_rank_approx", rank_one_layers), ("low_rank_approx", error_from_spectral_norm)]
