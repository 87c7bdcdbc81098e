"""low_rank_approx: the best rank-k approximation via the SVD and its spectral-norm error σ_{k+1}."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_raises, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "low_rank_approx"
hints = [
    "U, s, Vh = np.linalg.svd(A, full_matrices=False) gives s in descending order, and Vh is "
    "already Vᵀ: its rows are the right singular vectors.",
    "Keep the first k of everything: U[:, :k], s[:k] and Vh[:k, :] — the k LARGEST singular values.",
    "A_k = U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :]; the error is s[k] (0-based, so that is σ_{k+1}), "
    "or 0.0 when k >= len(s).",
]

SMALLEST = ("you kept the k SMALLEST singular values; np.linalg.svd sorts them in descending order, "
            "so the best approximation uses the first k: U[:, :k], s[:k], Vh[:k, :].")
VH_TRANSPOSED = ("np.linalg.svd returns Vh = Vᵀ, whose rows are already the right singular vectors; "
                 "transposing it again multiplies by the wrong vectors — use Vh[:k, :] as it is.")
NO_SIGMA = "each rank-one layer uᵢvᵢᵀ must be scaled by its singular value σᵢ: put np.diag(s[:k]) in the middle."
SIGMA_K = ("the error is the first singular value you DROPPED, σ_{k+1} — with 0-based indexing that "
           "is s[k], not s[k - 1].")
BEYOND_RANK = ("when k >= min(m, n) nothing is dropped: A_k = A and the error is 0.0, not the last "
               "singular value.")
FROBENIUS = ("that is the Frobenius-norm error √(σ²_{k+1} + σ²_{k+2} + …); this task asks for the "
             "spectral-norm error, which is just σ_{k+1} = s[k].")


def _check_approx(got, A, k, what):
    A = np.asarray(A, dtype=float)
    A_k, error = expect_tuple(got, 2, what=what, names="A_k, error")
    U, s, Vh = np.linalg.svd(A, full_matrices=False)
    r = len(s)
    scale = s[0] if r and s[0] > 0 else 1.0
    expected = U[:, :k] @ np.diag(s[:k]) @ Vh[:k, :]
    mistakes = [(U[:, :k] @ Vh[:k, :], NO_SIGMA)]
    if 0 < k < r:
        mistakes.append((U[:, r - k:] @ np.diag(s[r - k:]) @ Vh[r - k:, :], SMALLEST))
    if Vh.shape[1] == r:                                 # Vh.T[:k, :] has a shape that fits
        mistakes.append((U[:, :k] @ np.diag(s[:k]) @ Vh.T[:k, :], VH_TRANSPOSED))
    expect_close(A_k, expected, rtol=1e-7, atol=1e-9 * scale, what=f"A_k from {what}",
                 misconceptions=mistakes)
    expected_error = float(s[k]) if k < r else 0.0
    error_mistakes = [(float(np.sqrt(np.sum(s[k:] ** 2))), FROBENIUS)]
    if k >= r:
        error_mistakes.append((float(s[-1]), BEYOND_RANK))
    if 1 <= k <= r:
        error_mistakes.append((float(s[k - 1]), SIGMA_K))
    expect_close(error, expected_error, rtol=1e-7, atol=1e-9 * scale, what=f"the error from {what}",
                 misconceptions=error_mistakes)
    expect_array(A_k, what=f"A_k from {what}")


@test_case(points=1, hidden=False)
def test_two_by_two(low_rank_approx):
    """A = [[4, 0], [3, −5]], k = 1: σ = √40, √10, so A₁ = [[2, −2], [4, −4]] and the error is √10"""
    A = np.array([[4.0, 0.0], [3.0, -5.0]])
    _check_approx(low_rank_approx(A.copy(), 1), A, 1, "low_rank_approx([[4, 0], [3, -5]], 1)")


@test_case(points=1, hidden=False)
def test_permuted_diagonal(low_rank_approx):
    """A = [[0, 2, 0], [3, 0, 0], [0, 0, 1]], k = 1: A₁ keeps only the 3, the error is 2"""
    A = np.array([[0.0, 2.0, 0.0], [3.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    _check_approx(low_rank_approx(A.copy(), 1), A, 1, "low_rank_approx([[0, 2, 0], [3, 0, 0], [0, 0, 1]], 1)")


@test_case(points=0.25, hidden=False)
def test_negative_k(low_rank_approx):
    """k = −1 raises ValueError"""
    expect_raises(ValueError, low_rank_approx, np.eye(2), -1, what="low_rank_approx(np.eye(2), -1)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.75
