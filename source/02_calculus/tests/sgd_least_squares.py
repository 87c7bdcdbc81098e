"""sgd_least_squares: mini-batch SGD on the mean squared error, returning (w, losses per epoch)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_finite, expect_raises, expect_true,
                            expect_tuple, expect_unchanged, expect_uses_rng)

OK_FORMAT = False
name = "sgd_least_squares"
hints = [
    "Start from w = np.zeros(d) and losses = [least_squares_loss(X, y, w)]. Each epoch begins "
    "with order = rng.permutation(N).",
    "Walk through the order in slices: for start in range(0, N, batch_size): batch = "
    "order[start:start + batch_size]. The last slice is simply shorter.",
    "For each batch: w = w - step * least_squares_gradient(X[batch], y[batch], w). After the "
    "batches of an epoch, append least_squares_loss(X, y, w) (all the data). Return w, np.array(losses).",
]
bans = {"sgd_least_squares": ["scipy"]}
ban_reason = ("write the epochs, the batches and the updates yourself with NumPy and your "
              "least_squares_gradient / least_squares_loss; scipy is off limits in this notebook.")

SUM = ("with batch_size = N every epoch is one full gradient step, and your w is what steps "
       "N times too large give: the mini-batch gradient must be the AVERAGE over the batch "
       "(least_squares_gradient on X[batch], y[batch] divides by the batch size), not the sum.")
FULL_BATCH = ("with batch_size = N every epoch is exactly one full gradient step, whatever the order: "
              "w ← w − step·(2/N)·Xᵀ(Xw − y). Use every example once per epoch (rng.permutation, "
              "not sampling with replacement) and one step per batch.")
DIVERGED = ("your weights blew up. With the step used here SGD converges, so each update is too "
            "large: average the mini-batch gradient (divide by the batch size, do not sum), and "
            "multiply it by `step` exactly once.")
NOT_CONVERGED = ("SGD on data that a linear model fits exactly should reach the exact weights. "
                 "Check that each step uses the MEAN gradient of its batch (least_squares_gradient "
                 "on the batch's rows divides by the batch size, not by N), that every example is "
                 "used once per epoch, and that w carries over from batch to batch and epoch to epoch.")
LOSSES_SHAPE = ("`losses` holds one full-data loss before training (losses[0], at w = 0) and one "
                "after each epoch: shape (epochs + 1,), not one per batch.")
NOT_CLOSE = ("on noisy data SGD with a fixed step ends close to, not exactly at, the least-squares "
             "weights, but yours are further away than the randomness explains. Check that each "
             "step uses the MEAN gradient of its batch, that every example is used once per "
             "epoch, and that w carries over from batch to batch and epoch to epoch.")
SHUFFLED_ONCE = ("your epochs all use the same order: draw a NEW order with rng.permutation(N) at the "
                 "start of EVERY epoch, not once before the loop.")
LAST_DROPPED = ("your epochs skip the last, shorter batch: with N = 10 and batch_size = 4 an epoch has "
                "three steps, on batches of 4, 4 and 2 examples (range(0, N, batch_size)).")
SPLIT = ("your batches do not have batch_size examples: cut the shuffled order into consecutive "
         "slices order[start:start + batch_size] for start in range(0, N, batch_size) (np.array_split "
         "into N // batch_size pieces makes batches of other sizes).")
SAME_DRAWS = ("with the same seed your result differs from a reference that draws one "
              "rng.permutation(N) per epoch and takes one step w ← w − step·(2/|B|)·X_Bᵀ(X_B w − y_B) "
              "per consecutive batch: check the order of the updates, and draw nothing else from rng.")
BATCH_ONE = ("batch_size = 1 is valid (plain SGD, one example per step): raise ValueError only when "
             "batch_size < 1.")
NO_SHUFFLE = ("two different random generators gave exactly the same w, so your epochs do not "
              "depend on `rng`: draw a new order with rng.permutation(N) at the start of every epoch.")


def _run(sgd_least_squares, X, y, step, batch_size, epochs, seed, what):
    """Call the learner; check the tuple, shapes, finiteness and the first and last losses."""
    X = np.asarray(X)
    y = np.asarray(y)
    Xf, yf = X.astype(float), y.astype(float)
    got = sgd_least_squares(X, y, step, batch_size, epochs, np.random.default_rng(seed))
    w, losses = expect_tuple(got, 2, what=what, names="w, losses")
    expect_array(losses, what=f"losses from {what}")
    w = np.asarray(w)
    expect_true(w.shape == (Xf.shape[1],) and w.dtype.kind in "iuf",
                f"w from {what} should be a float array of shape ({Xf.shape[1]},); got shape {w.shape}.",
                verdict=f"w has shape {w.shape}, not (d,)")
    losses = np.asarray(losses)
    expect_true(losses.shape == (epochs + 1,) and losses.dtype.kind in "iuf",
                f"losses from {what} should be a float array of shape ({epochs + 1},); got shape "
                f"{losses.shape}.", verdict=f"losses has shape {losses.shape}, not (epochs + 1,)",
                hint=LOSSES_SHAPE)
    expect_finite([w, losses], what=f"the result of {what}", hint=DIVERGED,
                  verdict="diverged: w or the losses contain NaN or inf")
    w = w.astype(float)
    expect_close(losses[0], float(np.mean(yf ** 2)), rtol=1e-9,
                 what=f"losses[0] from {what} (the loss at w = 0)")
    r = Xf @ w - yf
    expect_close(losses[-1], float(r @ r / len(yf)), rtol=1e-9, atol=1e-15,
                 what=f"losses[-1] from {what} (the loss at the returned w)")
    return w, losses.astype(float)


def _expect_near(w, target, atol, what, hint):
    err = float(np.abs(w - target).max())
    huge = err > 1e3 * (np.abs(target).max() + 1.0)
    expect_true(err <= atol, f"w from {what} is {np.round(w, 6)}, still {err:.3g} away (max over "
                f"entries) from the least-squares weights {np.round(target, 6)}; allowed: {atol:g}.",
                verdict=f"w is {err:.3g} away from the least-squares weights",
                hint=DIVERGED if huge else hint)


@test_case(points=1, hidden=False)
def test_full_batch_is_gradient_descent(sgd_least_squares):
    """X = [[1, 0], [0, 1], [1, 1], [1, −1]], y = [2, −1, 1, 3], step 0.5, batch_size 4, 3 epochs: w = [1.96875, −0.984375]"""
    X = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, -1.0]])
    y = np.array([2.0, -1.0, 1.0, 3.0])                  # = X @ [2, -1]
    what = "sgd_least_squares(X, y, 0.5, 4, 3, rng)"
    # XᵀX = 3I, so the full gradient step is w ← w − 0.5 · 1.5 (w − w*): the error shrinks by 1/4
    w_star = np.array([2.0, -1.0])
    w, losses = _run(sgd_least_squares, X, y, 0.5, 4, 3, 2340, what)
    expected = (1 - 0.25 ** 3) * w_star
    if not np.allclose(w, expected, rtol=1e-9, atol=1e-12):
        summed = np.allclose(w, (1 - (-2.0) ** 3) * w_star, rtol=1e-9)
        expect_true(False, f"w from {what} is {w}; expected {expected}.", verdict="wrong w",
                    hint=SUM if summed else FULL_BATCH)
    expect_close(losses, 3.75 * 0.0625 ** np.arange(4), rtol=1e-9, atol=1e-15,
                 what=f"losses from {what}")


@test_case(points=0.75, hidden=False)
def test_exact_fit_converges(sgd_least_squares):
    """8 points with y = X [2, −1] exactly, step 0.15, batch_size 2, 20 epochs: w reaches [2, −1] (to 1e-6)"""
    X = np.array([[1, 0], [0, 1], [1, 1], [1, -1], [2, 1], [1, 2], [-1, 1], [0, 2]], dtype=float)
    w_star = np.array([2.0, -1.0])
    y = X @ w_star
    what = "sgd_least_squares(X, X @ [2, -1], 0.15, 2, 20, rng)"
    w, losses = _run(sgd_least_squares, X, y, 0.15, 2, 20, 2341, what)
    _expect_near(w, w_star, 1e-6, what, NOT_CONVERGED)
    expect_true(losses[-1] < 1e-10, f"the last loss from {what} is {losses[-1]:.3g}; expected < 1e-10.",
                verdict="the final loss is not close to 0", hint=NOT_CONVERGED)


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(sgd_least_squares):
    """step 0 and batch_size 0 raise ValueError"""
    X = np.array([[1.0, 0.0], [0.0, 1.0]])
    y = np.array([1.0, 2.0])
    for step, batch_size in ((0.0, 1), (0.1, 0)):
        expect_raises(ValueError, sgd_least_squares, X, y, step, batch_size, 3,
                      np.random.default_rng(0),
                      what=f"sgd_least_squares(X, y, step={step}, batch_size={batch_size}, 3, rng)")


@test_case(points=0.25, hidden=True)
def test_noisy_data(sgd_least_squares):
    """noisy data, 48 examples, batches of 12, 25 epochs: w near the least-squares weights for any random order"""
    rng = np.random.default_rng(23401)
    X = rng.normal(size=(48, 3))
    y = X @ rng.uniform(-2, 2, size=3) + 0.1 * rng.normal(size=48)
    w_best = np.linalg.lstsq(X, y, rcond=None)[0]
    best_loss = float(np.mean((X @ w_best - y) ** 2))
    runs = []
    for seed in (23402, 23403):
        what = "sgd_least_squares on noisy data"
        w, losses = _run(sgd_least_squares, X, y, 0.1, 12, 25, seed, what)
        # a correct SGD ends 0.004 ± 0.002 from w_best (at most 0.015 in 20 000 runs)
        _expect_near(w, w_best, 0.03, what, NOT_CLOSE)
        expect_true(losses[-1] <= 1.1 * best_loss and losses[1:].max() < 0.5 * losses[0],
                    "the losses from sgd_least_squares on noisy data do not fall to the least-squares loss.",
                    verdict="the losses do not fall to the least-squares loss", hint=NOT_CLOSE)
        runs.append(w)
    expect_true(np.abs(runs[0] - runs[1]).max() > 1e-9,
                "two runs with different random generators returned the same w.",
                verdict="the result does not depend on rng", hint=NO_SHUFFLE)


@test_case(points=0.25, hidden=True)
def test_uneven_and_oversized_batches(sgd_least_squares):
    """N = 10 with batches of 4 (the last one holds 2), batch_size 15 > N (full gradient steps) and batch_size 1"""
    X = 0.7 * np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 0], [0, 1, 1], [1, 0, 1],
                        [1, -1, 0], [0, 1, -1], [-1, 0, 1], [1, 1, 1]], dtype=float)
    w_star = np.array([0.5, -1.5, 2.0])
    y = X @ w_star
    what = "sgd_least_squares with N = 10 and batch_size 4"
    w, _ = _run(sgd_least_squares, X, y, 0.4, 4, 40, 23405, what)
    _expect_near(w, w_star, 1e-6, what, NOT_CONVERGED)
    what = "sgd_least_squares with batch_size 15 > N = 10"
    w, losses = _run(sgd_least_squares, X, y, 0.4, 15, 5, 23406, what)
    H = 2.0 / 10 * X.T @ X
    expected = w_star - np.linalg.matrix_power(np.eye(3) - 0.4 * H, 5) @ w_star
    expect_close(w, expected, rtol=1e-9, atol=1e-12, what=f"w from {what}")
    what = "sgd_least_squares with batch_size 1 (one example per step)"
    try:
        w, _ = _run(sgd_least_squares, X, y, 0.2, 1, 25, 23412, what)
    except ValueError:
        raise Mismatch(f"{what} raised ValueError. Hint: {BATCH_ONE}",
                       verdict=f"raised ValueError for batch_size 1; {BATCH_ONE}", hint=BATCH_ONE,
                       kind="raised") from None
    _expect_near(w, w_star, 1e-6, what, NOT_CONVERGED)


@test_case(points=0.25, hidden=True)
def test_integer_data_and_inputs_unchanged(sgd_least_squares):
    """integer X and y, and X and y are left unchanged"""
    X = np.array([[1, 0, 1], [0, 1, 1], [1, 1, 0], [1, -1, 0], [0, 1, -1], [1, 0, 0]])
    w_star = np.array([1.0, -2.0, 3.0])
    y = X @ np.array([1, -2, 3])
    X0, y0 = X.copy(), y.copy()
    what = "sgd_least_squares with integer X and y"
    w, _ = _run(sgd_least_squares, X, y, 0.2, 3, 60, 23407, what)
    _expect_near(w, w_star, 1e-6, what, NOT_CONVERGED)
    expect_unchanged(X0, X, what="X")
    expect_unchanged(y0, y, what="y")
    Xf, yf = X.astype(float) * 0.5, y.astype(float) * 0.5
    X1, y1 = Xf.copy(), yf.copy()
    _run(sgd_least_squares, Xf, yf, 0.2, 3, 2, 23408, "sgd_least_squares with float X and y")
    expect_unchanged(X1, Xf, what="X")
    expect_unchanged(y1, yf, what="y")


@test_case(points=0.25, hidden=True)
def test_same_draws_as_the_reference(sgd_least_squares):
    """draws only from rng (same seed, same result; another seed, another result) and matches, draw for
    draw, a reference that calls rng.permutation(N) once per epoch; N = 10, batches of 4, 4 and 2"""
    import copy

    data = np.random.default_rng(23409)
    X = data.normal(size=(10, 3))
    y = X @ np.array([1.0, -0.5, 2.0]) + 0.3 * data.normal(size=10)
    expect_uses_rng(sgd_least_squares, X, y, 0.1, 4, 6, what="sgd_least_squares(X, y, 0.1, 4, 6, rng)")

    def reference(start, once=False, drop_last=False, split=False):
        rng = copy.deepcopy(start)
        w = np.zeros(3)
        losses = [float(np.mean(y ** 2))]
        order = rng.permutation(10)
        for epoch in range(6):
            if epoch and not once:
                order = rng.permutation(10)
            if split:
                batches = np.array_split(order, 10 // 4)
            else:
                batches = [order[s:s + 4] for s in range(0, 10, 4)]
            for batch in batches:
                if drop_last and len(batch) < 4:
                    continue
                r = X[batch] @ w - y[batch]
                w = w - 0.1 * 2.0 / len(batch) * X[batch].T @ r
            losses.append(float(np.mean((X @ w - y) ** 2)))
        return w, np.array(losses)

    for seed in (23410, 23411):
        # the generator the reference draws from: a call with 0 epochs draws nothing, and leaves it
        # where a call with the same seed starts (also when a grader moves the stream)
        start = np.random.default_rng(seed)
        try:
            sgd_least_squares(X.copy(), y.copy(), 0.1, 4, 0, start)
        except Exception:
            pass
        what = "sgd_least_squares(X, y, 0.1, 4, 6, rng) with a seeded rng"
        w, losses = _run(sgd_least_squares, X, y, 0.1, 4, 6, seed, what)
        w_ref, losses_ref = reference(start)
        wrong = [(reference(start, once=True)[0], SHUFFLED_ONCE),
                 (reference(start, drop_last=True)[0], LAST_DROPPED),
                 (reference(start, split=True)[0], SPLIT)]
        if not np.allclose(w, w_ref, rtol=1e-9, atol=1e-12):
            for w_wrong, hint in wrong:            # a known slip is named ...
                expect_true(not np.allclose(w, w_wrong, rtol=1e-9, atol=1e-12),
                            f"w from {what} is {w}; the reference on the same draws gives {w_ref}.",
                            verdict="w differs from the reference on the same draws", hint=hint)
            expect_true(False, f"w from {what} is {w}; the reference on the same draws gives "
                        f"{w_ref}.", verdict="w differs from the reference on the same draws",
                        hint=SAME_DRAWS)           # ... any other difference gets the general hint
        expect_close(losses, losses_ref, rtol=1e-9, atol=1e-12, what=f"losses from {what}")
