"""project_onto_subspace: coordinates λ from the normal equations BᵀB λ = Bᵀx, and the projection B λ."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_true, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "project_onto_subspace"
hints = [
    "The residual x − Bλ must be orthogonal to every column of B: Bᵀ(x − Bλ) = 0, i.e. BᵀB λ = Bᵀx.",
    "lam = np.linalg.solve(B.T @ B, B.T @ x) has shape (k,) when x has shape (n,); the projection is "
    "B @ lam, of shape (n,).",
    "Keep x one-dimensional: do not reshape it into an (n, 1) column, and use `@`, never `*`, for "
    "matrix products. Return the tuple (lam, B @ lam).",
]
bans = {"project_onto_subspace": ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.lstsq",
                                  "numpy.linalg.qr", "numpy.linalg.svd"]}
ban_reason = ("solve the normal equations BᵀB λ = Bᵀx with np.linalg.solve, as the task asks (and as "
              "this notebook's ground rules say): np.linalg.lstsq, pinv, inv, qr and svd would hide "
              "them. svd is fine from 01_linear_algebra/04_eigen_svd on, lstsq and the others in "
              "step 04_apply_ml.")
SWAPPED = ("the tuple is in the wrong order: return (lam, projection) — the k coordinates first, "
           "then the projection B @ lam of length n.")

NO_GRAM_LAM = ("the coordinates solve the normal equations BᵀB λ = Bᵀx; Bᵀx alone is right only when "
               "the columns of B are orthonormal. Use np.linalg.solve(B.T @ B, B.T @ x).")
NO_GRAM_P = ("you projected with B Bᵀ x, leaving out (BᵀB)⁻¹: solve BᵀB λ = Bᵀx first, then return B λ.")
STAR = ("`P * x` multiplies entrywise and broadcasts x across the rows of P, giving an (n, n) array. "
        "Compute B @ lam instead (and use `@` for matrix products).")
RESIDUAL = "that is the residual x − Bλ; return the projection Bλ itself."
COLUMN = ("lam and the projection must be 1-D arrays, of shapes (k,) and (n,), not columns of shape "
          "(k, 1) or (n, 1): keep x 1-D (do not reshape it into a column), or flatten with .ravel().")
BROADCAST = ("an (n, n) projection usually comes from combining the 1-D x with an (n, 1) column "
             "(NumPy broadcasts (n,) against (n, 1) to (n, n)); keep every vector 1-D.")


def _mistakes(B, x, lam, P):
    """The usual wrong answers, given the right coordinates lam and projection matrix P."""
    B, x = np.asarray(B, float), np.asarray(x, float)
    lam_mistakes = [(B.T @ x, NO_GRAM_LAM)]
    p_mistakes = [(B @ (B.T @ x), NO_GRAM_P), (P * x, STAR), (x - B @ lam, RESIDUAL)]
    return lam_mistakes, p_mistakes


def _diagnosis(got, mistakes):
    for wrong, text in mistakes:
        if wrong.shape == got.shape and np.allclose(got, wrong, rtol=1e-7, atol=1e-9):
            return text
    return None


def _check(result, B, x, what, lam_ref, P, atol=1e-9, p_atol=None):
    """Tuple, then shapes, then the invariants (p = Bλ, residual ⟂ columns of B), then the values.
    The case passes the right coordinates lam_ref and the projection matrix P."""
    B, x = np.asarray(B, float), np.asarray(x, float)
    n, k = B.shape
    lam_ref = np.asarray(lam_ref, float)
    p_ref = B @ lam_ref
    p_atol = atol if p_atol is None else p_atol
    lam_wrong, p_wrong = _mistakes(B, x, lam_ref, np.asarray(P, float))
    lam_wrong = [(w, t) for w, t in lam_wrong if not np.allclose(w, lam_ref, rtol=1e-7, atol=atol)]
    p_wrong = [(w, t) for w, t in p_wrong
               if w.shape != p_ref.shape or not np.allclose(w, p_ref, rtol=1e-7, atol=atol)]
    lam, p = expect_tuple(result, 2, what=what, names="lam, projection")
    if n != k and np.shape(lam) == (n,) and np.shape(p) == (k,):
        expect_true(False, f"{what} returned arrays of shapes ({n},) and ({k},), in that order.",
                    verdict="the tuple is in the wrong order", hint=SWAPPED)
    for got, ref, wrong, label in ((lam, lam_ref, lam_wrong, "lam"), (p, p_ref, p_wrong, "projection")):
        try:
            arr = np.asarray(got, dtype=float)
        except (TypeError, ValueError):
            arr = None
        if arr is None or arr.shape != ref.shape or not np.all(np.isfinite(arr)):
            if arr is not None and arr.shape == ref.shape + (1,):
                expect_true(False, f"{label} returned by {what} has shape {arr.shape}; expected shape {ref.shape}.",
                            verdict=f"wrong shape: {label} has shape {arr.shape}", hint=COLUMN)
            expect_close(got, ref, what=f"{label} returned by {what}", misconceptions=wrong)
    lam_got, p_got = lam, p
    lam, p = np.asarray(lam, dtype=float), np.asarray(p, dtype=float)
    scale = max(np.max(np.abs(B)) * np.max(np.abs(lam_ref)), np.max(np.abs(x)), 1e-300)
    hint = _diagnosis(lam, lam_wrong) or _diagnosis(p, p_wrong)
    gap = np.max(np.abs(B @ lam - p))
    expect_true(gap <= 1e-7 * scale, f"the projection returned by {what} is not B @ lam "
                f"(they differ by up to {gap:.3g}).", verdict="projection differs from B @ lam", hint=hint)
    gap = np.max(np.abs(B.T @ (x - p)))
    expect_true(gap <= 1e-7 * max(np.max(np.abs(B)) * scale, 1e-300), f"the residual x − projection is not orthogonal to the columns of B: "
                f"Bᵀ(x − projection) has an entry of size {gap:.3g} (it should be 0).",
                verdict="the residual x − projection is not orthogonal to the columns of B", hint=hint)
    expect_close(lam, lam_ref, what=f"lam returned by {what}", atol=atol, misconceptions=lam_wrong)
    expect_close(p, p_ref, what=f"the projection returned by {what}", atol=p_atol, misconceptions=p_wrong)
    expect_array(lam_got, what=f"lam returned by {what}")
    expect_array(p_got, what=f"the projection returned by {what}")


@test_case(points=1, hidden=False)
def test_plane_in_space(project_onto_subspace):
    """B = [[1, 0], [0, 1], [1, 1]] and x = [1, 2, 6]: lam = [2, 3], projection [2, 3, 5]"""
    B, x = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]]), np.array([1.0, 2.0, 6.0])
    P = np.array([[2.0, -1.0, 1.0], [-1.0, 2.0, 1.0], [1.0, 1.0, 2.0]]) / 3
    _check(project_onto_subspace(B.copy(), x.copy()), B, x,
           what="project_onto_subspace([[1, 0], [0, 1], [1, 1]], [1, 2, 6])", lam_ref=[2.0, 3.0], P=P)


@test_case(points=0.5, hidden=False)
def test_residual_orthogonal(project_onto_subspace):
    """B = [[1, 2], [0, 1], [1, 0], [2, 1]], x = [1, 0, 0, 3]: shapes (2,) and (4,), residual ⟂ B; inputs unchanged"""
    B, x = np.array([[1.0, 2.0], [0.0, 1.0], [1.0, 0.0], [2.0, 1.0]]), np.array([1.0, 0.0, 0.0, 3.0])
    B0, x0 = B.copy(), x.copy()
    result = project_onto_subspace(B, x)
    expect_unchanged(B0, B, what="B")
    expect_unchanged(x0, x, what="x")
    P = np.array([[14.0, 8.0, -2.0, 4.0], [8.0, 6.0, -4.0, -2.0], [-2.0, -4.0, 6.0, 8.0],
                  [4.0, -2.0, 8.0, 14.0]]) / 20
    _check(result, B0, x0, what="project_onto_subspace([[1, 2], [0, 1], [1, 0], [2, 1]], [1, 0, 0, 3])",
           lam_ref=[1.1, 0.1], P=P)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.5
