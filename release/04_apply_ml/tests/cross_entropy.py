"""cross_entropy: the mean negative log-likelihood of integer labels, from logits, via the log-softmax."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "cross_entropy"
hints = [
    "Compute the log-probabilities of every row with the log-softmax formula, then pick one entry per "
    "row (the one of the true label), average them and flip the sign.",
    "With shifted = S - S.max(axis=1, keepdims=True), the log-softmax is shifted - "
    "np.log(np.exp(shifted).sum(axis=1, keepdims=True)): no log of a probability that may be 0.",
    "Pick the labels' entries with log_p[np.arange(m), y] (one per row) and return "
    "float(-mean of them). Check y.shape == (m,) and 0 <= y < k first, and raise ValueError if not.",
]

bans = {"cross_entropy": ["scipy", "sklearn"]}
ban_reason = ("this notebook builds the network with NumPy alone: write it yourself, with your own "
              "functions from the sections above as the tools; SciPy's and scikit-learn's versions "
              "are for applied work after the course.")

LOG_ZERO = ("your loss is infinite or NaN: a probability underflowed to 0 and you took log(0). "
            "Do not take np.log of the softmax: compute the log-softmax directly, "
            "(s - max) - log Σ exp(s - max), which is finite for any scores.")
CLIPPED = ("your loss is far too small for a confident wrong prediction. Clipping the probabilities "
           "(or adding a small epsilon) before the log caps each example's loss at -log(epsilon); "
           "the true value here is 1000 for the first row. Compute the log-softmax directly, "
           "(s - max) - log Σ exp(s - max).")
GLOBAL_MAX = ("a row whose scores all lie far below another row's came out infinite: you shifted "
              "every row by ONE maximum for the whole array, so that row's exponentials all "
              "underflow to 0. Shift each row by its own maximum, S.max(axis=1, keepdims=True).")
SUM = "the loss is m times too large: average over the m examples (np.mean), do not sum."
ALL_ENTRIES = ("the loss is k times too small: you averaged over all m × k entries. Only the m "
               "entries of the true labels count: average those.")
BLOCK = ("log_p[:, y] picks an m × m block (every row, at every label's column), not one entry per "
         "row: index with log_p[np.arange(m), y].")
SIGN = "the loss must be positive: it is MINUS the mean log-probability of the true labels."
LOG_BASE = "use the natural logarithm np.log, not log2 or log10."


def _log_softmax(S, axis=1):
    """Reference log-probabilities, row by row (log-sum-exp with the row maximum taken out)."""
    S = np.asarray(S, dtype=float)
    c = S.max(axis=axis, keepdims=True)
    return S - c - np.log(np.exp(S - c).sum(axis=axis, keepdims=True))


def _misconceptions(S, y):
    """Wrong values the usual mistakes give on scores S and labels y."""
    S, y = np.asarray(S, dtype=float), np.asarray(y)
    m, k = S.shape
    log_p = _log_softmax(S, axis=1)
    right = -log_p[np.arange(m), y].mean()
    wrong = [(m * right, SUM), (-right, SIGN), (right / k, ALL_ENTRIES),
             (right / np.log(2), LOG_BASE), (right / np.log(10), LOG_BASE)]
    if m > 1:
        wrong.append((-log_p[:, y].mean(), BLOCK))
    return wrong


def _check(got, S, y, what):
    expected = float(-_log_softmax(np.asarray(S, dtype=float), axis=1)[np.arange(len(y)), y].mean())
    if got is not None and np.ndim(got) == 0:
        try:
            value = float(got)
        except (TypeError, ValueError):
            value = 0.0
        expect_true(np.isfinite(value), f"{what} is {value}; expected {expected:.6g}.",
                    verdict=f"the loss is {value}", hint=LOG_ZERO)
    expect_close(got, expected, rtol=1e-9, atol=1e-12, what=what, misconceptions=_misconceptions(S, y))


@test_case(points=1, hidden=False)
def test_small_scores(cross_entropy):
    """cross_entropy([[2, 1, 0], [0, 0, 0]], [0, 2]) = (log(1 + e⁻¹ + e⁻²) + log 3) / 2 = 0.753109"""
    S, y = np.array([[2.0, 1.0, 0.0], [0.0, 0.0, 0.0]]), np.array([0, 2])
    what = "cross_entropy([[2, 1, 0], [0, 0, 0]], [0, 2])"
    got = cross_entropy(S.copy(), y.copy())
    _check(got, S, y, what)
    expect_close(got, 0.7531091265562451, rtol=1e-9, what=what)


@test_case(points=1, hidden=False)
def test_confident_and_wrong(cross_entropy):
    """cross_entropy([[1000, 0], [0, 1000]], [1, 1]) = (1000 + 0) / 2 = 500 exactly, not inf"""
    S, y = np.array([[1000.0, 0.0], [0.0, 1000.0]]), np.array([1, 1])
    what = "cross_entropy([[1000, 0], [0, 1000]], [1, 1])"
    got = cross_entropy(S.copy(), y.copy())
    if got is not None and np.ndim(got) == 0 and np.isfinite(float(got)) and float(got) < 100:
        expect_true(False, f"{what} is {float(got):.6g}; expected 500.",
                    verdict="the loss is far too small", hint=CLIPPED)
    _check(got, S, y, what)


@test_case(points=0.25, hidden=False)
def test_bad_labels_raise(cross_entropy):
    """a label -1 or 3 with k = 3 classes, and 3 labels for 2 rows, raise ValueError"""
    S = np.array([[1.0, 2.0, 3.0], [0.0, 0.0, 0.0]])
    for y in ([0, -1], [3, 0], [0, 1, 2]):
        expect_raises(ValueError, cross_entropy, S.copy(), np.array(y),
                      what=f"cross_entropy([[1, 2, 3], [0, 0, 0]], {y})")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.75
