"""stable_softmax: the row-wise softmax, shifted by each row's maximum so that it never overflows."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_true, expect_unchanged

OK_FORMAT = False
name = "stable_softmax"
hints = [
    "Work row by row, but without a loop: every reduction (max, sum) takes axis=1, and "
    "keepdims=True keeps the result as a column of shape (m, 1) that broadcasts against (m, k).",
    "Shift first: S - S.max(axis=1, keepdims=True) has largest entry 0 in every row, so np.exp of it "
    "lies in (0, 1] and cannot overflow.",
    "E = np.exp(S - S.max(axis=1, keepdims=True)); return E / E.sum(axis=1, keepdims=True), with S "
    "= np.asarray(logits, dtype=float), a new array (do not subtract in place).",
]

bans = {"softmax": ["scipy", "sklearn"]}
ban_reason = ("this notebook builds the network with NumPy alone: write it yourself, with your own "
              "functions from the sections above as the tools; SciPy's and scikit-learn's versions "
              "are for applied work after the course.")

NO_SHIFT = ("your softmax overflowed: np.exp of a score near 1000 is inf, and inf / inf is NaN. "
            "Subtract each row's maximum before np.exp; the softmax does not change, and the "
            "largest exponent becomes exp(0) = 1.")
ROW_MAX = ("a row whose scores all lie far below zero, or far below the largest score of the array, "
           "came out as NaN: every exp underflowed to 0 and 0 / 0 is NaN. Subtract each row's OWN "
           "maximum, S.max(axis=1, keepdims=True), not one number for the whole array.")
COLUMNS = ("your columns sum to 1 instead of your rows: each ROW is one example, so take the max "
           "and the sum along axis=1.")
KEEPDIMS = ("S.max(axis=1) (or .sum(axis=1)) has shape (m,), and subtracting it from an (m, k) array "
            "lines it up with the COLUMNS, not the rows. Keep the row as a column vector with "
            "keepdims=True (shape (m, 1)).")


def _reference(S):
    S = np.asarray(S, dtype=float)
    E = np.exp(S - S.max(axis=1, keepdims=True))
    return E / E.sum(axis=1, keepdims=True)


def _misconceptions(S):
    S = np.asarray(S, dtype=float)
    wrong = []
    for axis in (0, 1):      # columns normalised, after a shift by the column or by the row maximum
        E = np.exp(S - S.max(axis=axis, keepdims=True))
        wrong.append((E / E.sum(axis=0, keepdims=True), COLUMNS))
    if S.shape[0] == S.shape[1] > 1:
        with np.errstate(all="ignore"):
            E = np.exp(S - S.max(axis=1))
            wrong.append((E / E.sum(axis=1), KEEPDIMS))
    return wrong


def _check(got, S, what):
    """Finite (with the right hint when not), then close to the reference."""
    S = np.asarray(S, dtype=float)
    expected = _reference(S)
    try:
        arr = np.asarray(got, dtype=float)
    except (TypeError, ValueError):
        arr = None
    if arr is not None and arr.shape == expected.shape and not np.all(np.isfinite(arr)):
        bad_rows = ~np.all(np.isfinite(arr), axis=1)
        # a row that overflowed without a shift (its max is huge, and a shift by the global maximum
        # would not have made it underflow), or a row that underflowed because it was not shifted by
        # its own maximum
        row_max = S[bad_rows].max(axis=1)
        overflow = bool(np.any((row_max > 709) & (row_max >= S.max() - 700)))
        expect_true(False, f"{what} contains NaN or inf in row(s) {np.flatnonzero(bad_rows).tolist()}.",
                    verdict="the result contains NaN or inf", hint=NO_SHIFT if overflow else ROW_MAX)
    expect_close(got, expected, rtol=1e-9, atol=1e-12, what=what, misconceptions=_misconceptions(S))


@test_case(points=1, hidden=False)
def test_small_scores(softmax):
    """softmax([[1, 2, 3], [0, 0, 0]]) = [[0.0900, 0.2447, 0.6652], [1/3, 1/3, 1/3]]"""
    S = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    _check(softmax(S.copy()), S, "softmax([[1, 2, 3], [0, 0, 0]])")


@test_case(points=1, hidden=False)
def test_huge_scores(softmax):
    """softmax([[1000, 0, -1000], [-1000, -1000, -1000]]) = [[1, 0, 0], [1/3, 1/3, 1/3]], no NaN"""
    S = np.array([[1000.0, 0.0, -1000.0], [-1000.0, -1000.0, -1000.0]])
    _check(softmax(S.copy()), S, "softmax([[1000, 0, -1000], [-1000, -1000, -1000]])")


@test_case(points=0.5, hidden=True)
def test_random_scores(softmax):
    """seeded random scores of several shapes (square ones, one row, one column) and scales up to ±800"""
    rng = np.random.default_rng(4421)
    for shape, scale in (((4, 4), 3.0), ((1, 6), 2.0), ((5, 1), 10.0), ((10, 10), 300.0), ((7, 3), 800.0),
                         ((3, 3), 1.0)):
        S = scale * rng.normal(size=shape)
        what = f"softmax of {shape[0]}×{shape[1]} random scores of size about {scale:g}"
        got = softmax(S.copy())
        _check(got, S, what)
        sums = np.asarray(got, dtype=float).sum(axis=1)
        expect_true(np.allclose(sums, 1.0, rtol=0, atol=1e-12), f"the rows of {what} do not sum to 1.",
                    verdict="the rows do not sum to 1")


@test_case(points=0.5, hidden=True)
def test_integers_and_input_unchanged(softmax):
    """integer scores, a row of equal huge scores, and the input array left unchanged"""
    S = np.array([[3, 1, -2], [0, 4, 4], [-5, -5, 2]])
    _check(softmax(S.copy()), S, "softmax on an integer array")
    S = np.array([[5000.0, 5000.0], [-3.0, 2.0]])
    _check(softmax(S.copy()), S, "softmax([[5000, 5000], [-3, 2]])")
    S = np.random.default_rng(4422).normal(size=(4, 5)) * 5
    before = S.copy()
    softmax(S)
    expect_unchanged(before, S, what="logits")
