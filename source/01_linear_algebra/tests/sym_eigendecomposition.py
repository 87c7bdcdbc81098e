"""sym_eigendecomposition: eigenvalues in descending order and unit eigenvectors as columns."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "sym_eigendecomposition"
hints = [
    "np.linalg.eigh(A) returns (eigenvalues, V): the eigenvalues in ascending order and the "
    "eigenvectors as the columns V[:, i].",
    "Reverse both together: an index array order = np.argsort(eigenvalues)[::-1] sorts the "
    "eigenvalues (eigenvalues[order]) and the columns of V (V[:, order]) in the same way.",
    "Check the input first: raise ValueError if A.shape[0] != A.shape[1] or not np.allclose(A, A.T).",
]

ASCENDING = ("the eigenvalues are in ascending order — that is np.linalg.eigh's convention; reverse "
             "them (and the columns of V with them) so the largest comes first.")
BY_ABSOLUTE_VALUE = ("the eigenvalues are sorted by absolute value; sort by the values themselves, "
                     "so a negative eigenvalue comes after every positive one.")
NOT_UNIT = ("every eigenvector column must have length 1 — np.linalg.eigh returns unit vectors "
            "already; do not rescale them.")
ROWS = ("the eigenvectors are in the ROWS of your V; they must be its COLUMNS (A V = V Λ), as "
        "np.linalg.eigh returns them — do not transpose V, and reorder with V[:, order], not V[order].")
ROWS_REORDERED = ("you reordered the ROWS of V (V[order] or V[::-1]); the eigenvectors are its "
                  "COLUMNS, so reorder the columns: V[:, order] or V[:, ::-1].")
NOT_REORDERED = ("your columns of V are eigenvectors, but in ascending order while the eigenvalues "
                 "are descending: reorder the columns with the same index, V[:, order].")

NOT_ORTHONORMAL = ("the columns of V are eigenvectors but not orthogonal to each other. For a repeated "
                   "eigenvalue any basis of its eigenspace consists of eigenvectors; V must hold an "
                   "orthonormal one. np.linalg.eigh returns it (np.linalg.eig does not).")
SYMMETRY = ("this matrix is symmetric up to rounding (np.allclose(A, A.T) is True), so it must be "
            "decomposed, not rejected: test symmetry with np.allclose(A, A.T), as the task says — "
            "not with ==, and not with an absolute threshold of your own, which fails for large entries.")


def _decompose(sym_eigendecomposition, A, what):
    """Call the learner; a ValueError for a matrix np.allclose calls symmetric is the SYMMETRY mistake."""
    try:
        return sym_eigendecomposition(A)
    except ValueError:
        raise Mismatch(f"{what} raised ValueError. Hint: {SYMMETRY}",
                       verdict=f"raised ValueError for a symmetric matrix; {SYMMETRY}", hint=SYMMETRY,
                       kind="raised") from None


def _check_decomposition(A, got, what):
    """Sign-agnostic check of (eigenvalues, V): sorted values, A V = V Λ, VᵀV = I."""
    A = np.asarray(A, dtype=float)
    n = A.shape[0]
    eigenvalues, V = expect_tuple(got, 2, what=what, names="eigenvalues, V")
    expected = np.linalg.eigvalsh(A)[::-1]
    scale = np.abs(A).max() or 1.0
    by_abs = expected[np.argsort(-np.abs(expected), kind="stable")]
    expect_close(eigenvalues, expected, rtol=1e-9, atol=1e-10 * scale,
                 what=f"the eigenvalue array returned by {what}",
                 misconceptions={ASCENDING: expected[::-1], BY_ABSOLUTE_VALUE: by_abs})
    V = np.asarray(V)
    expect_true(V.dtype.kind in "fi" and V.shape == (n, n),
                f"V from {what} should be a real array of shape ({n}, {n}); it has shape {V.shape} "
                f"and dtype {V.dtype}.", verdict=f"V has shape {V.shape} and dtype {V.dtype}")
    lengths = np.linalg.norm(V, axis=0)
    expect_true(np.allclose(lengths, 1.0, atol=1e-8),
                f"the columns of V from {what} have lengths {np.round(lengths, 6)}; they must all be 1.",
                verdict="the columns of V do not all have length 1", hint=NOT_UNIT)
    tol = 1e-8 * scale
    residual = np.abs(A @ V - V * expected).max()
    if residual > tol:
        hint = None
        if np.abs(A @ V[::-1] - V[::-1] * expected[::-1]).max() <= tol:
            hint = ROWS_REORDERED
        elif np.abs(A @ V.T - V.T * expected).max() <= tol:
            hint = ROWS
        elif np.abs(A @ V - V * expected[::-1]).max() <= tol:
            hint = NOT_REORDERED
        expect_true(False, f"A V ≠ V Λ for {what}: column i of V is not an eigenvector for the i-th "
                    f"eigenvalue (largest entry of A V − V Λ: {residual:.3g}).",
                    verdict="A V ≠ V Λ: the columns of V are not the matching eigenvectors", hint=hint)
    gram_error = np.abs(V.T @ V - np.eye(n)).max()
    expect_true(gram_error <= 1e-8, f"the columns of V from {what} are not orthonormal: VᵀV differs "
                f"from I by {gram_error:.3g}.", verdict="VᵀV ≠ I", hint=NOT_ORTHONORMAL)
    expect_array(eigenvalues, what=f"the eigenvalue array returned by {what}")
    expect_array(got[1], what=f"V returned by {what}")


@test_case(points=1, hidden=False)
def test_two_by_two(sym_eigendecomposition):
    """A = [[2, 1], [1, 2]]: eigenvalues [3, 1], eigenvectors ±[1, 1]/√2 and ±[1, −1]/√2"""
    A = np.array([[2.0, 1.0], [1.0, 2.0]])
    _check_decomposition(A, sym_eigendecomposition(A.copy()), "sym_eigendecomposition([[2, 1], [1, 2]])")


@test_case(points=0.75, hidden=False)
def test_three_by_three(sym_eigendecomposition):
    """A = [[4, 1, 0], [1, 3, 1], [0, 1, 2]]: eigenvalues 3 + √3, 3, 3 − √3 and their eigenvectors"""
    A = np.array([[4.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 2.0]])
    _check_decomposition(A, sym_eigendecomposition(A.copy()),
                         "sym_eigendecomposition([[4, 1, 0], [1, 3, 1], [0, 1, 2]])")


@test_case(points=0.25, hidden=False)
def test_not_symmetric_or_not_square(sym_eigendecomposition):
    """a non-symmetric matrix and a 2×3 matrix both raise ValueError"""
    expect_raises(ValueError, sym_eigendecomposition, np.array([[1.0, 2.0], [0.0, 1.0]]),
                  what="sym_eigendecomposition([[1, 2], [0, 1]])")
    expect_raises(ValueError, sym_eigendecomposition, np.ones((2, 3)),
                  what="sym_eigendecomposition of a 2×3 matrix")


@test_case(points=0.5, hidden=True)
def test_random_sizes(sym_eigendecomposition):
    """random symmetric matrices from 1×1 to 12×12, with negative eigenvalues; input left unchanged"""
    rng = np.random.default_rng(4301)
    for n in (1, 4, 7, 12):
        B = rng.normal(size=(n, n))
        A = B + B.T
        A0 = A.copy()
        _check_decomposition(A0, sym_eigendecomposition(A), f"sym_eigendecomposition on a {n}×{n} matrix")
        expect_unchanged(A0, A, what="A")


@test_case(points=0.25, hidden=True)
def test_diagonal_repeated_and_integer(sym_eigendecomposition):
    """a diagonal matrix, a repeated eigenvalue, and an integer matrix"""
    _check_decomposition(np.diag([1.0, 3.0, 2.0]), sym_eigendecomposition(np.diag([1.0, 3.0, 2.0])),
                         "sym_eigendecomposition of a diagonal matrix")
    rng = np.random.default_rng(4302)
    Q, _ = np.linalg.qr(rng.normal(size=(4, 4)))
    A = Q @ np.diag([2.0, 2.0, -1.0, 0.5]) @ Q.T
    A = (A + A.T) / 2
    _check_decomposition(A, sym_eigendecomposition(A.copy()),
                         "sym_eigendecomposition with a repeated eigenvalue")
    A_int = np.array([[2, -1, 0], [-1, 2, -1], [0, -1, 2]])
    _check_decomposition(A_int, sym_eigendecomposition(A_int.copy()),
                         "sym_eigendecomposition on an integer matrix")


@test_case(points=0.25, hidden=True)
def test_rounding_scale_and_shapes(sym_eigendecomposition):
    """symmetric only up to rounding (entries near 1 and near 1e8), entries near 1e-8, a triple eigenvalue, a 1-D array, a 1e-3 asymmetry"""
    rng = np.random.default_rng(4303)
    Q, _ = np.linalg.qr(rng.normal(size=(5, 5)))
    D = np.diag([3.0, -2.0, 1.5, 0.7, -0.1])
    for scale in (1.0, 1e8, 1e-8):
        A = Q @ (scale * D) @ Q.T            # not symmetrised: A and A.T differ by rounding
        what = f"sym_eigendecomposition of Q D Qᵀ (entries near {scale:g}, symmetric up to rounding)"
        _check_decomposition((A + A.T) / 2, _decompose(sym_eigendecomposition, A.copy(), what), what)
    A = Q @ np.diag([1.0, 1.0, 1.0, 4.0, -2.0]) @ Q.T
    A = (A + A.T) / 2
    _check_decomposition(A, sym_eigendecomposition(A.copy()),
                         "sym_eigendecomposition with an eigenvalue repeated three times")
    expect_raises(ValueError, sym_eigendecomposition, np.array([1.0, 2.0, 3.0]),
                  what="sym_eigendecomposition of a 1-D array", when="for an input that is not a square matrix")
    expect_raises(ValueError, sym_eigendecomposition, np.array([[2.0, 1.0], [1.001, 2.0]]),
                  what="sym_eigendecomposition([[2, 1], [1.001, 2]])", when="for a matrix that is not symmetric")
