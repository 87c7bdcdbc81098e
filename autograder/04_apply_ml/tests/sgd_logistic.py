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


@test_case(points=0.25, hidden=True)
def test_full_batch_is_gradient_descent(sgd_logistic):
    """batch_size >= m (one batch per epoch): the same losses as gradient descent; X and y (float arrays) left unchanged"""
    X, y = _clouds(np.random.default_rng(40263), 30)
    w_gd, expected = np.zeros(3), [np.log(2.0)]
    for _ in range(12):
        w_gd = w_gd - 1.0 * X.T @ (_sigmoid(X @ w_gd) - y) / len(y)
        expected.append(_loss(X, y, w_gd))
    for batch_size in (30, 100):
        what = f"sgd_logistic(X, y, 1.0, {batch_size}, 12, rng) on 30 points"
        X_given, y_given = X.copy(), y.copy()
        got = sgd_logistic(X_given, y_given, 1.0, batch_size, 12, rng=np.random.default_rng(4))
        expect_unchanged(X, X_given, what="X")
        expect_unchanged(y, y_given, what="y")
        w = np.asarray(expect_tuple(got, 2, what=what, names="w, losses")[0])
        expect_true(not (w.dtype.kind in "iuf" and w.size and np.all(w == 0)),
                    f"{what} returned w = {w}: no step was taken.",
                    verdict="no step was taken when batch_size >= m", hint=LEFTOVER)
        w, losses = _check_run(got, X, y, 12, what)
        expect_close(losses, np.array(expected), rtol=1e-9, atol=1e-12, what=f"losses from {what}")


@test_case(points=0.25, hidden=True)
def test_partial_last_batch(sgd_logistic):
    """m = 50 with batch_size = 16 (a shorter last batch), integer X and labels as a column: ends near the minimum; inputs unchanged"""
    rng = np.random.default_rng(40264)
    X, y = _clouds(rng, 50)
    X = np.round(X * 2).astype(int)
    X[:, 0] = 1
    y_column = y.astype(int).reshape(-1, 1)
    X0, y0 = X.copy(), y_column.copy()
    what = "sgd_logistic(X, y, 0.05, 16, 30, rng) on 50 points"
    w, losses = _check_run(sgd_logistic(X, y_column, 0.05, 16, 30, rng=np.random.default_rng(5)),
                           X0, y, 30, what)
    expect_unchanged(X0, X, what="X")
    expect_unchanged(y0, y_column, what="y")
    _check_near_minimum(losses, X0, y, 0.05, what)


@test_case(points=0.25, hidden=True)
def test_steps_per_epoch(sgd_logistic):
    """on data whose rows are all alike (so that any order gives the same run), each epoch takes one step per batch of batch_size, the last one holding the leftovers; on 5 distinct points with batch_size 4, one epoch is that of batches of 4 and 1 in some order"""
    x, step = np.array([1.0, 0.5, -0.3]), 0.4
    for m, batch_size in ((5, 2), (7, 3), (9, 4)):
        X, y = np.tile(x, (m, 1)), np.ones(m)
        steps = -(-m // batch_size)
        w_ref, expected = np.zeros(3), [np.log(2.0)]
        for _ in range(3):
            for _ in range(steps):
                w_ref = w_ref - step * x * (_sigmoid(x @ w_ref) - 1.0)
            expected.append(_loss(X, y, w_ref))
        what = f"sgd_logistic(X, y, {step}, {batch_size}, 3, rng) on {m} identical rows"
        w, losses = _check_run(sgd_logistic(X.copy(), y.copy(), step, batch_size, 3,
                                            rng=np.random.default_rng(7)), X, y, 3, what)
        expect_true(np.allclose(losses, expected, rtol=1e-9, atol=1e-12),
                    f"losses from {what} are {np.round(losses, 6)}; with {steps} steps per epoch they "
                    f"would be {np.round(expected, 6)}.",
                    verdict="an epoch did not take one step per batch (ceil(m / batch_size) steps)",
                    hint=STEPS_PER_EPOCH)
    # distinct rows, one epoch, m = 5 and batch_size = 4: whatever the order drawn, the result must be
    # that of the batches order[0:4] and order[4:5] (np.array_split into ceil(m / batch_size) parts
    # makes batches of 3 and 2 instead, with the same number of steps)
    import itertools

    X = np.array([[1.0, 0.9], [1.0, -1.4], [1.0, 2.2], [1.0, -0.3], [1.0, 1.1]])
    y = np.array([1.0, 0.0, 0.0, 1.0, 1.0])

    def step_on(w, rows):
        rows = list(rows)
        return w - 0.6 * X[rows].T @ (_sigmoid(X[rows] @ w) - y[rows]) / len(rows)

    def one_epoch(order):
        return step_on(step_on(np.zeros(2), order[:4]), order[4:])

    runs = [one_epoch(order) for order in itertools.permutations(range(5))]
    for seed in (40270, 40271):
        what = "sgd_logistic(X, y, 0.6, 4, 1, rng) on 5 distinct points"
        w = expect_tuple(sgd_logistic(X.copy(), y.copy(), 0.6, 4, 1, rng=np.random.default_rng(seed)),
                         2, what=what, names="w, losses")[0]
        w = np.asarray(w, dtype=float)
        expect_true(w.shape == (2,), f"w from {what} has shape {w.shape}; expected (2,).",
                    verdict="w does not have shape (d,)")
        expect_true(any(np.allclose(w, run, rtol=1e-9, atol=1e-12) for run in runs),
                    f"w from {what} is {np.round(w, 6)}, which no order gives with batches of 4 and 1.",
                    verdict="the batches are not consecutive runs of batch_size indices with the leftovers last",
                    hint=BATCH_SIZES)


@test_case(points=0.25, hidden=True)
def test_invalid_arguments(sgd_logistic):
    """step <= 0 and batch_size < 1 raise ValueError"""
    X, y = _clouds(np.random.default_rng(40265), 10)
    for step, batch_size in ((0.0, 2), (-1.0, 2), (0.5, 0)):
        expect_raises(ValueError, sgd_logistic, X, y, step, batch_size, 3, np.random.default_rng(6),
                      what=f"sgd_logistic(X, y, {step}, {batch_size}, 3, rng)")


@test_case(points=0.5, hidden=True)
def test_fresh_order_every_epoch(sgd_logistic):
    """every draw comes from rng; every epoch visits each example once, in a freshly drawn order (m = 3, batches of 1, over 12 generators)"""
    import itertools

    X0, y0 = _clouds(np.random.default_rng(40266), 16)
    expect_uses_rng(sgd_logistic, X0, y0, 0.5, 4, 2, what="sgd_logistic(X, y, 0.5, 4, 2, rng)")
    X = np.array([[1.0, 0.8], [1.0, -1.7], [1.0, 2.9]])
    y = np.array([1.0, 0.0, 0.0])
    step = 0.7
    orders = list(itertools.permutations(range(3)))

    def epoch(w, order):
        for i in order:
            w = w - step * X[[i]].T @ (_sigmoid(X[[i]] @ w) - y[[i]])
        return w

    def which(w_start, w_end):
        hits = [k for k, order in enumerate(orders)
                if np.allclose(epoch(w_start, order), w_end, rtol=1e-9, atol=1e-12)]
        return hits[0] if len(hits) == 1 else None

    same = 0
    for seed in range(40300, 40312):
        what = "sgd_logistic(X, y, 0.7, 1, epochs, rng) on 3 points"
        w1, w2 = (np.asarray(expect_tuple(sgd_logistic(X.copy(), y.copy(), step, 1, epochs,
                                                       rng=np.random.default_rng(seed)),
                                          2, what=what, names="w, losses")[0], dtype=float)
                  for epochs in (1, 2))
        expect_true(w1.shape == (2,) and w2.shape == (2,), f"w from {what} has shape {w1.shape}; "
                    "expected (2,).", verdict="w does not have shape (d,)")
        first, second = which(np.zeros(2), w1), which(w1, w2)
        expect_true(first is not None and second is not None,
                    f"{what}: the weights after an epoch are not those of any order of the 3 examples "
                    "(with batches of 1).", verdict="an epoch did not visit each example once",
                    hint=NOT_PERMUTATION)
        same += first == second
    # a fresh order repeats the previous one with probability 1/6: 12 repeats out of 12 has
    # probability 6^-12 ≈ 5e-10 for a correct answer
    expect_true(same < 12, "the second epoch always used the same order as the first.",
                verdict="the same order in every epoch", hint=RESHUFFLE)
