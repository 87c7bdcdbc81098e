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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1
