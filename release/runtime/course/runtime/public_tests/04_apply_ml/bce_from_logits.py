"""bce_from_logits: the mean binary cross-entropy computed from logits, finite for any logit."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_finite, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "bce_from_logits"
hints = [
    "Flatten both inputs first: z = np.ravel(np.asarray(z, dtype=float)), the same for y. Then "
    "compare their sizes and raise ValueError if they differ or are 0.",
    "Do not compute p = σ(z) at all. Per example, −y·log σ(z) − (1 − y)·log σ(−z) simplifies to "
    "log(1 + e^z) − y·z.",
    "np.logaddexp(0, z) computes log(e^0 + e^z) = log(1 + e^z) without overflow. Average over the "
    "examples with np.mean and return a float.",
]

# the opening cell: SciPy and scikit-learn are off limits in this notebook. scipy.special's
# ufuncs are named too: they carry no __module__, so the module ban alone does not see them.
_OFF_LIMITS = ["scipy", "sklearn"]
bans = {"bce_from_logits": _OFF_LIMITS + ["scipy.special.expit", "scipy.special.log_expit"]}
ban_reason = ('this notebook builds logistic regression from NumPy alone: write it yourself, with your '
              'own functions from the sections above as the tools; SciPy (scipy.special.expit, '
              'scipy.optimize, ...) and scikit-learn do it for you and are for applied work after the '
              'course.')

LOG0 = ("your loss is inf or nan for a large |z|. Computing p = σ(z) first and then log p or "
        "log(1 − p) breaks down: p rounds to exactly 1.0 from z ≈ 37 on (to 0 from z ≈ −745), and "
        "np.exp overflows from z ≈ 710. Compute the loss from the logits instead: "
        "ℓ(z, y) = log(1 + e^z) − y·z, with np.logaddexp(0, z) for log(1 + e^z).")
CLIPPED = ("your loss is capped: a prediction that is wrong with logit ±1000 must cost 1000, but "
           "clipping p into [ε, 1 − ε] limits each example's cost to −log ε. Drop the clipping and "
           "compute the loss from the logits: log(1 + e^z) − y·z.")
BROADCAST = ("y was a column of shape (m, 1) and z a vector of shape (m,): combining them broadcast to "
             "an m × m matrix, whose mean is one number with the wrong value. Flatten both first "
             "with np.ravel.")
SOFT = ("soft labels (a number between 0 and 1, such as 0.3) use the same formula, "
        "log(1 + e^z) − y·z, or −y·log σ(z) − (1 − y)·log σ(−z): do not branch on y == 1, and do "
        "not round the labels.")
SUM = "you returned the sum over the examples; the loss is their mean, (1/m)·Σᵢ ℓ(zᵢ, yᵢ)."
FLIPPED = ("the roles of the labels are swapped: an example with y = 1 costs −log σ(z), small when z "
           "is large, and one with y = 0 costs −log(1 − σ(z)) = −log σ(−z).")


def _bce(z, y):
    z = np.ravel(np.asarray(z, dtype=float))
    y = np.ravel(np.asarray(y, dtype=float))
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _broadcast(z, y):
    """What a learner gets when y is a column (m, 1) and z a vector (m,)."""
    z = np.ravel(np.asarray(z, dtype=float))
    y = np.asarray(y, dtype=float).reshape(-1, 1)
    return float(np.mean(np.logaddexp(0.0, z)[None, :] - y * z[None, :]))


def _wrong(z, y):
    z = np.ravel(np.asarray(z, dtype=float))
    y = np.ravel(np.asarray(y, dtype=float))
    return {SUM: _bce(z, y) * len(z), FLIPPED: _bce(z, 1.0 - y)}


def _check_extreme(got, expected, what):
    expect_finite(got, what=what, hint=LOG0, verdict="returned inf or nan for a large |z|")
    if expected > 100:
        capped = isinstance(got, (int, float, np.number)) and 5 < float(got) < 50
        expect_true(not capped, f"{what} is {got}; expected {expected:g}.",
                    verdict="the loss of confidently wrong predictions is capped", hint=CLIPPED)
    expect_close(got, expected, rtol=1e-12, atol=1e-12, what=what)


@test_case(points=0.75, hidden=False)
def test_small_examples(bce_from_logits):
    """bce_from_logits([0, 0], [0, 1]) = log 2, and bce_from_logits([2, -1, 0.5], [1, 0, 1]) ≈ 0.2717"""
    expect_close(bce_from_logits(np.zeros(2), np.array([0.0, 1.0])), np.log(2.0),
                 what="bce_from_logits([0, 0], [0, 1])", misconceptions={SUM: 2 * np.log(2.0)})
    z, y = np.array([2.0, -1.0, 0.5]), np.array([1.0, 0.0, 1.0])
    expect_close(bce_from_logits(z.copy(), y.copy()), _bce(z, y),
                 what="bce_from_logits([2, -1, 0.5], [1, 0, 1])", misconceptions=_wrong(z, y))


@test_case(points=0.75, hidden=False)
def test_extreme_logits(bce_from_logits):
    """confidently wrong logits: bce_from_logits([1000, -1000], [0, 1]) = 1000; confidently right: [1, 0] gives 0"""
    z = np.array([1000.0, -1000.0])
    _check_extreme(bce_from_logits(z.copy(), np.array([0.0, 1.0])), 1000.0,
                   "bce_from_logits([1000, -1000], [0, 1])")
    _check_extreme(bce_from_logits(z.copy(), np.array([1.0, 0.0])), 0.0,
                   "bce_from_logits([1000, -1000], [1, 0])")


@test_case(points=0.5, hidden=False)
def test_column_labels(bce_from_logits):
    """bce_from_logits([1.5, -0.5, 2, -3], y) with y = [[1], [0], [0], [1]], a column of shape (4, 1)"""
    z = np.array([1.5, -0.5, 2.0, -3.0])
    y = np.array([[1.0], [0.0], [0.0], [1.0]])
    expect_close(bce_from_logits(z.copy(), y.copy()), _bce(z, y),
                 what="bce_from_logits([1.5, -0.5, 2, -3], [[1], [0], [0], [1]])",
                 misconceptions={BROADCAST: _broadcast(z, y), **_wrong(z, y)})


def _is_close(got, expected):
    try:
        return bool(np.isclose(float(got), expected, rtol=1e-10, atol=0))
    except (TypeError, ValueError):
        return False


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1
