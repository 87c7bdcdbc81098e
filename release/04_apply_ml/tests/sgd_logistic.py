"""sgd_logistic: mini-batch SGD on the mean cross-entropy, graded on the loss it reaches."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_uses_rng, expect_close, expect_finite, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "sgd_logistic"
hints = [
    "Start from w = np.zeros(d) and losses = [bce_from_logits(X @ w, y)]. Each epoch begins with "
    "order = rng.permutation(m): a fresh random order of the row indices.",
    "Inside the epoch loop `for start in range(0, m, batch_size):`, take batch = order[start:start + "
    "batch_size] (the last slice is simply shorter) and step w = w - step * "
    "logistic_gradient(X[batch], y[batch], w).",
    "After the inner loop append the full-data loss bce_from_logits(X @ w, y); return w and "
    "np.array(losses), epochs + 1 values. Flatten y with np.ravel first so that y[batch] is 1-D.",
]

# the opening cell: SciPy and scikit-learn are off limits in this notebook. scipy.special's
# ufuncs are named too: they carry no __module__, so the module ban alone does not see them.
_OFF_LIMITS = ["scipy", "sklearn"]
bans = {"sgd_logistic": _OFF_LIMITS + ["scipy.special.expit"]}
ban_reason = ('this notebook builds logistic regression from NumPy alone: write it yourself, with your '
              'own functions from the sections above as the tools; SciPy (scipy.special.expit, '
              'scipy.optimize, ...) and scikit-learn do it for you and are for applied work after the '
              'course.')

SIGN = ("the loss went up from log 2 in the first epoch, although the step is small enough to "
        "decrease it. Each step must move against the MEAN gradient of the batch: "
        "w ← w − step·logistic_gradient(X[batch], y[batch], w).")
LENGTH = ("losses holds the full-data loss at the start and after each epoch: epochs + 1 values in a "
          "1-D array, not one per batch.")
START = "losses[0] must be the loss at w = 0, log 2 ≈ 0.6931: start from w = np.zeros(d)."
LAST = "losses[-1] must be the full-data loss of the w you return, computed after the last epoch."
NO_SHUFFLE = ("two different random generators gave exactly the same weights, so your function does "
              "not draw from `rng`: start every epoch with order = rng.permutation(m).")
LEFTOVER = ("with batch_size >= m every epoch is a single batch holding all m examples, so the run must "
            "equal plain gradient descent. Make sure the last, shorter batch is used too: loop over "
            "range(0, m, batch_size) and slice order[start:start + batch_size].")
RESHUFFLE = ("every epoch must draw a FRESH order with rng.permutation(m): yours used the same order in "
             "every epoch (one permutation drawn before the loop). Draw order = rng.permutation(m) "
             "inside the loop over epochs.")
NOT_PERMUTATION = ("within an epoch every example must be used exactly once, in the order of one "
                   "rng.permutation(m): your batches did not visit the m examples once each (sampling "
                   "with replacement, e.g. rng.integers or rng.choice(m, m), repeats some and skips "
                   "others).")
STEPS_PER_EPOCH = ("every epoch cuts the order into consecutive batches of batch_size indices and takes "
                   "one step per batch, the last, shorter batch included: ceil(m / batch_size) steps. "
                   "Yours took another number of steps (a dropped last batch, or np.array_split into "
                   "m // batch_size pieces of other sizes). Loop over range(0, m, batch_size) and slice "
                   "order[start:start + batch_size].")
BATCH_SIZES = ("every batch holds exactly batch_size indices except the last, which holds the leftovers "
               "(m = 5 with batch_size = 4 gives batches of 4 and 1). np.array_split(order, "
               "ceil(m / batch_size)) makes batches of nearly equal sizes (3 and 2) instead. Loop over "
               "range(0, m, batch_size) and slice order[start:start + batch_size].")
DIVERGED = ("the weights or losses contain NaN or inf; the step used here is small enough for SGD to "
            "converge, so check that each step uses the batch MEAN gradient (logistic_gradient on the "
            "batch) and moves against it.")


def _loss(X, y, w):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def _minimum(X, y):
    """The minimal loss, by Newton's method (the loss is strictly convex on these data)."""
    w = np.zeros(X.shape[1])
    for _ in range(25):
        p = _sigmoid(X @ w)
        hessian = (X.T * (p * (1 - p))) @ X / len(y)
        w = w - np.linalg.solve(hessian, X.T @ (p - y) / len(y))
    return _loss(X, y, w)


def _clouds(rng, m, sep=2.0):
    y = rng.integers(0, 2, size=m)
    points = rng.normal(size=(m, 2)) + np.outer(2 * y - 1, [sep / 2, sep / 2]) / np.sqrt(2)
    return np.column_stack([np.ones(m), points]), y.astype(float)


def _check_run(got, X, y, epochs, what):
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    w, losses = expect_tuple(got, 2, what=what, names="w, losses")
    losses, w = np.asarray(losses), np.asarray(w)
    expect_true(losses.shape == (epochs + 1,) and losses.dtype.kind in "iuf",
                f"losses from {what} has shape {losses.shape}; expected ({epochs + 1},).",
                verdict=f"losses has shape {losses.shape}, not (epochs + 1,)", hint=LENGTH)
    expect_true(w.shape == (X.shape[1],) and w.dtype.kind in "iuf",
                f"w from {what} has shape {w.shape}; expected ({X.shape[1]},).",
                verdict=f"w has shape {w.shape}, not (d,)")
    expect_finite([w, losses], what=f"the result of {what}", hint=DIVERGED,
                  verdict="the weights or losses contain NaN or inf")
    expect_true(abs(losses[0] - np.log(2.0)) < 1e-9,
                f"losses[0] from {what} is {losses[0]:.10g}; expected log 2 = {np.log(2.0):.10g}.",
                verdict="losses[0] is not log 2", hint=START)
    actual = _loss(X, y, w.astype(float))
    expect_true(abs(losses[-1] - actual) <= 1e-9 * max(1.0, actual),
                f"losses[-1] from {what} is {losses[-1]:.10g}, but the loss of the returned w is "
                f"{actual:.10g}.", verdict="losses[-1] is not the loss of the returned w", hint=LAST)
    expect_true(epochs == 0 or losses[1] < losses[0],
                f"losses from {what} went up from {losses[0]:.4f} to {losses[1]:.4f} in the first epoch.",
                verdict="the loss went up in the first epoch", hint=SIGN)
    return w.astype(float), losses.astype(float)


def _check_near_minimum(losses, X, y, tolerance, what):
    best = _minimum(np.asarray(X, dtype=float), np.ravel(np.asarray(y, dtype=float)))
    expect_true(losses[-1] <= best + tolerance,
                f"after {what} the loss is {losses[-1]:.5f}; the minimum is {best:.5f}, and SGD should "
                f"end within {tolerance:g} of it.",
                verdict=f"the final loss is more than {tolerance:g} above the minimum")


@test_case(points=1, hidden=False)
def test_reaches_minimum(sgd_logistic):
    """sgd_logistic(X, y, step=0.5, batch_size=8, epochs=25, rng) on 64 points: losses start at log 2 and end within 0.005 of the minimum"""
    X, y = _clouds(np.random.default_rng(40261), 64)
    what = "sgd_logistic(X, y, 0.5, 8, 25, rng) on 64 points"
    w, losses = _check_run(sgd_logistic(X.copy(), y.copy(), 0.5, 8, 25, rng=np.random.default_rng(1)),
                           X, y, 25, what)
    _check_near_minimum(losses, X, y, 0.005, what)


@test_case(points=0.5, hidden=False)
def test_uses_rng(sgd_logistic):
    """two runs of 2 epochs with different generators (seeds 2 and 3) give different weights"""
    X, y = _clouds(np.random.default_rng(40262), 24)
    what = "sgd_logistic(X, y, 0.5, 4, 2, rng)"
    w1, _ = _check_run(sgd_logistic(X.copy(), y.copy(), 0.5, 4, 2, rng=np.random.default_rng(2)),
                       X, y, 2, what)
    w2, _ = _check_run(sgd_logistic(X.copy(), y.copy(), 0.5, 4, 2, rng=np.random.default_rng(3)),
                       X, y, 2, what)
    expect_true(not np.array_equal(w1, w2), f"{what} returned w = {w1} for both generators.",
                verdict="the same weights for two different generators", hint=NO_SHUFFLE)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 5
HIDDEN_POINTS = 1.5
