"""Valid alternatives to `sym_matrix_power` that must earn full marks."""
import numpy as np


def scaled_columns(A, k):
    """V Λᵏ Vᵀ without building the diagonal matrix: scale the columns of V by λᵢᵏ."""
    if k < 0:
        raise ValueError("k must be >= 0")
    w, V = np.linalg.eigh(np.asarray(A, dtype=float))
    return (V * w ** k) @ V.T


def sum_of_rank_one_terms(A, k):
    """Aᵏ = Σ λᵢᵏ vᵢ vᵢᵀ, in eigh's ascending order."""
    if k < 0:
        raise ValueError("negative k")
    w, V = np.linalg.eigh(np.array(A, dtype=float))
    result = np.zeros((len(w), len(w)))
    for lam, v in zip(w, V.T):
        result += lam ** k * np.outer(v, v)
    return result


ALTERNATIVES = [("sym_matrix_power", scaled_columns), ("sym_matrix_power", sum_of_rank_one_terms)]
