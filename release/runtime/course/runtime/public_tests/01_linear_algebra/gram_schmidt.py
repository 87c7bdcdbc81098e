"""gram_schmidt: an orthonormal basis of the column space of A, dependent columns dropped."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_array, expect_close, expect_true, expect_unchanged

OK_FORMAT = False
name = "gram_schmidt"
hints = [
    "Go through the columns a_j in order. From each, subtract its components (q_iᵀ a_j) q_i along the "
    "q's you have already kept; what is left is the residual v_j.",
    "If ‖v_j‖ <= tol * ‖a_j‖, skip the column: it depends on the earlier ones (this also skips zero "
    "columns). Otherwise keep q_j = v_j / ‖v_j‖ — normalise before using q_j for later columns.",
    "Collect the kept q's in a list and return np.column_stack(qs), or np.zeros((m, 0)) when the list "
    "is empty. Start from A = np.asarray(A, dtype=float) and copy each column before changing it.",
]
bans = {"gram_schmidt": ["numpy.linalg.qr", "numpy.linalg.svd", "numpy.linalg.cholesky",
                         "numpy.linalg.inv", "numpy.linalg.pinv", "numpy.linalg.lstsq", "scipy.linalg"]}
ban_reason = ("build the orthonormal columns yourself with loops, `@` and np.linalg.norm: Gram–Schmidt "
              "is the point of the exercise, so no QR (np.linalg.qr, scipy.linalg.qr) or other "
              "factorisation (svd, cholesky), and none of the notebook's ground-rule calls (inv, "
              "pinv, lstsq). svd is fine from 01_linear_algebra/04_eigen_svd on, qr and the others "
              "in step 04_apply_ml.")
IGNORES_TOL = ("use the tol you are given: drop column j exactly when ‖v_j‖ <= tol·‖a_j‖ with the "
               "caller's tol, not a threshold of your own.")
ABSOLUTE = ("tol is relative: drop column j when ‖v_j‖ <= tol·‖a_j‖, not when ‖v_j‖ <= tol. For "
            "entries near 1e8, rounding leaves a dependent column a residual near 1e-8, far above 1e-10.")
GLOBAL_SCALE = ("a short but independent column was dropped: compare ‖v_j‖ with tol times the length "
                "of that column, ‖a_j‖, not with tol times the size of the whole matrix A.")

UNNORMALISED = ("the columns of Q are orthogonal but not of length 1: normalise each residual, "
                "q_j = v_j / ‖v_j‖, before storing it (and use the normalised q's for later columns).")
NOT_ORTHOGONALISED = ("you only normalised the columns of A. Gram–Schmidt must first subtract from a_j "
                      "its components (q_iᵀ a_j) q_i along every q_i kept so far.")
ORIGINAL_COLUMNS = ("subtract the projections onto the orthonormal q_i found so far, not onto the original "
                    "columns a_i: the a_i are not orthogonal to each other, so their projections overlap.")
NAN_KEPT = ("Q contains NaN or inf: a column of A that depends on the earlier ones leaves a (near-)zero "
            "residual, and dividing it by its norm breaks. Drop such a column: skip it when "
            "‖v_j‖ <= tol·‖a_j‖.")
ZERO_KEPT = ("Q contains a zero column: a column of A that depends on the earlier ones must be dropped "
             "from Q, not kept as a zero vector (every column of Q must have length 1).")
NOISE_KEPT = ("a column whose residual is (numerically) zero depends on the earlier columns and must be "
              "dropped. Rounding leaves a residual of about 1e-16, not exactly 0, so compare "
              "‖v_j‖ with tol·‖a_j‖ instead of testing for zero.")
TOO_FEW = ("independent columns were dropped. Drop column j only when ‖v_j‖ <= tol·‖a_j‖ — relative "
           "to that column's own length, so that the answer does not depend on the units of A.")
NOT_GS = ("Q has orthonormal columns spanning the right space, but it is not the Gram–Schmidt basis: "
          "q_j must be the normalised residual of column j, taken in the order of the columns, so "
          "q_jᵀ a_j > 0. Check the order and the signs of your columns.")


def _wrong_answers(A, keep, Q, V):
    """The usual wrong answers, given the right basis Q and its unnormalised residuals V."""
    A = np.asarray(A, float)
    out = [(V, UNNORMALISED)]
    if len(keep) == A.shape[1] and len(keep) > 1:
        out.append((A / np.linalg.norm(A, axis=0), NOT_ORTHOGONALISED))
        cols = []
        for j in range(A.shape[1]):
            v = A[:, j] - sum((A[:, i] @ A[:, j]) / (A[:, i] @ A[:, i]) * A[:, i] for i in range(j))
            cols.append(v / np.linalg.norm(v))
        out.append((np.column_stack(cols), ORIGINAL_COLUMNS))
    return [(w, t) for w, t in out if w.shape != Q.shape or not np.allclose(w, Q, rtol=1e-7, atol=1e-9)]


def _diagnosis(got, mistakes):
    for wrong, text in mistakes:
        if wrong.shape == got.shape and np.allclose(got, wrong, rtol=1e-7, atol=1e-9):
            return text
    return None


def _check(got, A, keep, what, expected, V, too_few=None, too_many=None, span_tol=1e-7):
    """Column count (dropping), then QᵀQ = I and span, then the unique Gram–Schmidt values.
    The case passes the right basis `expected` and its unnormalised residuals V."""
    A = np.asarray(A, float)
    m, r = A.shape[0], len(keep)
    expected, V = np.asarray(expected, float), np.asarray(V, float)
    mistakes = _wrong_answers(A, keep, expected, V)
    try:
        arr = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        arr = None
    if arr is not None and arr.ndim == 2 and arr.shape[0] == m and arr.shape[1] != r:
        if arr.shape[1] > r:
            if not np.all(np.isfinite(arr)):
                hint = NAN_KEPT
            elif np.any(np.linalg.norm(arr, axis=0) <= 1e-8):
                hint = ZERO_KEPT
            else:
                hint = NOISE_KEPT
            verdict = "Q has too many columns"
            hint = too_many or hint
        else:
            hint, verdict = too_few or TOO_FEW, "Q has too few columns"
        cols = f"{arr.shape[1]} column{'s' if arr.shape[1] != 1 else ''}"
        expect_true(False, f"{what} has {cols}, but the columns of A span {r} "
                    f"dimension{'s' if r != 1 else ''}, so Q should have shape {expected.shape}.",
                    verdict=verdict, hint=hint)
    if arr is None or arr.shape != expected.shape or not np.all(np.isfinite(arr)):
        expect_close(got, expected, what=what, misconceptions=mistakes)  # explains type, shape, NaN
    hint = _diagnosis(arr, mistakes)
    gram = arr.T @ arr
    if np.max(np.abs(gram - np.eye(r)), initial=0.0) > 1e-8:
        lengths = np.max(np.abs(np.diag(gram) - 1), initial=0.0)
        if lengths > 1e-8:
            detail = (f"the columns of {what} are not orthonormal: some do not have length 1 "
                      f"(‖q_j‖² is off by up to {lengths:.3g}).")
            verdict = "the columns of Q do not all have length 1"
        else:
            off = np.max(np.abs(gram - np.diag(np.diag(gram))))
            detail = (f"the columns of {what} have length 1 but are not orthogonal to each other "
                      f"(the largest |q_iᵀ q_j| is {off:.3g}).")
            verdict = "the columns of Q are not orthogonal to each other"
        expect_true(False, detail + " QᵀQ should be the identity.", verdict=verdict, hint=hint)
    missed = A - arr @ (arr.T @ A)
    gap = np.max(np.linalg.norm(missed, axis=0) / np.maximum(np.linalg.norm(A, axis=0), 1e-300), initial=0.0)
    expect_true(gap <= span_tol, f"the columns of {what} do not span the column space of A: some column of A "
                "is not a combination of the columns of Q.",
                verdict="the columns of Q do not span the column space of A", hint=hint)
    try:
        expect_close(arr, expected, what=what, misconceptions=mistakes)
    except Mismatch as err:
        if err.kind != "values":
            raise
        expect_true(False, err.detail, verdict="orthonormal and spans the right space, but not the "
                    "Gram–Schmidt basis", hint=NOT_GS)
    expect_array(got, what=what)


@test_case(points=1, hidden=False)
def test_two_columns(gram_schmidt):
    """A = [[1, 1], [1, 0], [0, 1]]: Q = [[1/√2, 1/√6], [1/√2, −1/√6], [0, 2/√6]]"""
    A = np.array([[1.0, 1.0], [1.0, 0.0], [0.0, 1.0]])
    Q = np.array([[1 / np.sqrt(2), 1 / np.sqrt(6)], [1 / np.sqrt(2), -1 / np.sqrt(6)], [0.0, 2 / np.sqrt(6)]])
    V = np.array([[1.0, 0.5], [1.0, -0.5], [0.0, 1.0]])
    _check(gram_schmidt(A.copy()), A, [0, 1], what="gram_schmidt([[1, 1], [1, 0], [0, 1]])", expected=Q, V=V)


@test_case(points=0.75, hidden=False)
def test_dependent_columns_dropped(gram_schmidt):
    """A = [[1, 2, 0, 1], [1, 2, 0, 0], [0, 0, 0, 1]]: column 2 = 2 × column 1 and the zero column are dropped"""
    A = np.array([[1.0, 2.0, 0.0, 1.0], [1.0, 2.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0]])
    A0 = A.copy()
    Q = gram_schmidt(A)
    expect_unchanged(A0, A, what="A")
    V = np.array([[1.0, 0.5], [1.0, -0.5], [0.0, 1.0]])
    _check(Q, A0, [0, 3], what="gram_schmidt([[1, 2, 0, 1], [1, 2, 0, 0], [0, 0, 0, 1]])",
           expected=V / np.linalg.norm(V, axis=0), V=V)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
