"""train_logistic: gradient descent from w = 0 on the mean cross-entropy, returning (w, losses)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_array, expect_close, expect_finite, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "train_logistic"
hints = [
    "Start with w = np.zeros(X.shape[1]) and a list losses = [bce_from_logits(X @ w, y)], which is "
    "log 2 at w = 0.",
    "Loop `for _ in range(iterations):` and in each pass set w = w - step * logistic_gradient(X, y, w), "
    "then append the loss of the NEW w.",
    "Return w, np.array(losses): iterations + 1 losses, the last one belonging to the w you return. "
    "Check step > 0 and iterations >= 0 before the loop.",
]

# the opening cell: SciPy and scikit-learn are off limits in this notebook. scipy.special's
# ufuncs are named too: they carry no __module__, so the module ban alone does not see them.
_OFF_LIMITS = ["scipy", "sklearn"]
bans = {"train_logistic": _OFF_LIMITS + ["scipy.special.expit"]}
ban_reason = ('this notebook builds logistic regression from NumPy alone: write it yourself, with your '
              'own functions from the sections above as the tools; SciPy (scipy.special.expit, '
              'scipy.optimize, ...) and scikit-learn do it for you and are for applied work after the '
              'course.')

SIGN = ("your first step went uphill: after one step w equals +step·∇L(0). Gradient descent moves "
        "against the gradient: w ← w − step·logistic_gradient(X, y, w).")
NO_MEAN = ("your first step is m times too long: the gradient of the mean loss is "
           "(1/m)·Xᵀ(σ(Xw) − y). Use your logistic_gradient, which includes the 1/m.")
LENGTH = ("losses must hold the loss at w = 0 and after each of the `iterations` steps: "
          "iterations + 1 values in a 1-D array, starting with losses[0] = log 2.")
NOT_ARRAY = ("losses must be a float NumPy array of shape (iterations + 1,): collect the values in a "
             "list if you like, and return np.array(losses).")
STOPPED = ("take exactly `iterations` steps: a loop that stops early (once the gradient or the change "
           "of the loss is small) returns fewer losses, and other weights, than the task asks for.")
START = ("losses[0] must be the loss at w = 0, which is log 2 ≈ 0.6931 for any data: start from "
         "w = np.zeros(d).")
LAST = ("losses[-1] must be the loss of the w you return: append the loss after each update, "
        "computed with the updated w.")
UPHILL = ("the loss increased during training, although the step is small enough for gradient "
          "descent to decrease it at every iteration: check the update w ← w − step·∇L(w), with "
          "∇L(w) = logistic_gradient(X, y, w), the gradient of the MEAN loss.")
BROADCAST = ("your losses were computed with y of shape (m, 1) against logits of shape (m,), which "
             "broadcasts to an m × m matrix: flatten y with np.ravel(y) at the start, or compute the "
             "losses with your bce_from_logits.")
DIVERGED = ("the losses or the weights contain NaN or inf: with this small step gradient descent "
            "cannot diverge, so check the update w ← w − step·logistic_gradient(X, y, w) and that the "
            "loss is computed with bce_from_logits.")


def _loss(X, y, w):
    z = X @ w
    return float(np.mean(np.logaddexp(0.0, z) - y * z))


def _gradient(X, y, w):
    return X.T @ (np.exp(-np.logaddexp(0.0, -(X @ w))) - y) / len(y)


def _clouds(rng, m, sep, flip=0.0):
    """Two Gaussian clouds in the plane, sep apart; a fraction `flip` of the labels flipped at random."""
    y = rng.integers(0, 2, size=m)
    points = rng.normal(size=(m, 2)) + np.outer(2 * y - 1, [sep / 2, sep / 2]) / np.sqrt(2)
    if flip:
        y = np.where(rng.random(m) < flip, 1 - y, y)
    return np.column_stack([np.ones(m), points]), y.astype(float)


def _check_run(got, X, y, iterations, what):
    """Structure and bookkeeping of the returned (w, losses); returns them as float arrays."""
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    w, losses = expect_tuple(got, 2, what=what, names="w, losses")
    if isinstance(losses, (list, tuple)):
        expect_true(False, f"losses from {what} is a Python {type(losses).__name__}.",
                    verdict=f"losses is a {type(losses).__name__}, not a NumPy array", hint=NOT_ARRAY)
    losses = np.asarray(losses)
    if losses.ndim == 1 and 0 < len(losses) < iterations + 1:
        expect_true(False, f"losses from {what} has {len(losses)} entries; expected {iterations + 1}.",
                    verdict=f"losses has {len(losses)} entries, fewer than iterations + 1",
                    hint=STOPPED)
    expect_true(losses.shape == (iterations + 1,) and losses.dtype.kind in "iuf",
                f"losses from {what} has shape {losses.shape}; expected ({iterations + 1},).",
                verdict=f"losses has shape {losses.shape}, not (iterations + 1,)", hint=LENGTH)
    w = np.asarray(w)
    expect_true(w.shape == (X.shape[1],) and w.dtype.kind in "iuf",
                f"w from {what} has shape {w.shape}; expected ({X.shape[1]},).",
                verdict=f"w has shape {w.shape}, not (d,)")
    expect_finite([w, losses], what=f"the result of {what}", hint=DIVERGED,
                  verdict="the weights or losses contain NaN or inf")
    expect_true(abs(losses[0] - np.log(2.0)) < 1e-9,
                f"losses[0] from {what} is {losses[0]:.10g}; expected log 2 = {np.log(2.0):.10g}.",
                verdict="losses[0] is not log 2", hint=START)
    return w.astype(float), losses.astype(float)


def _check_bookkeeping(w, losses, X, y, what):
    X = np.asarray(X, dtype=float)
    y = np.ravel(np.asarray(y, dtype=float))
    actual = _loss(X, y, w)
    z = X @ w
    broadcast = float(np.mean(np.logaddexp(0.0, z)[None, :] - y[:, None] * z[None, :]))
    expect_true(abs(losses[-1] - actual) <= 1e-9 * max(1.0, actual)
                or abs(losses[-1] - broadcast) > 1e-9 * max(1.0, broadcast),
                f"losses[-1] from {what} is {losses[-1]:.10g}, but the loss of the returned w is "
                f"{actual:.10g}.", verdict="the losses are computed wrongly", hint=BROADCAST)
    expect_true(abs(losses[-1] - actual) <= 1e-9 * max(1.0, actual),
                f"losses[-1] from {what} is {losses[-1]:.10g}, but the loss of the returned w is "
                f"{actual:.10g}.", verdict="losses[-1] is not the loss of the returned w", hint=LAST)


@test_case(points=1, hidden=False)
def test_one_step(train_logistic):
    """train_logistic(X, [1, 0, 1, 0], step=0.5, iterations=1) on four points: one step from w = 0"""
    X = np.array([[1.0, 2.0], [1.0, -1.0], [1.0, 0.5], [1.0, -2.0]])
    y = np.array([1.0, 0.0, 1.0, 0.0])
    what = "train_logistic(X, [1, 0, 1, 0], 0.5, 1)"
    w, losses = _check_run(train_logistic(X.copy(), y.copy(), 0.5, 1), X, y, 1, what)
    g0 = _gradient(X, y, np.zeros(2))
    expect_close(w, -0.5 * g0, rtol=1e-9, what=f"w from {what}",
                 misconceptions={SIGN: 0.5 * g0, NO_MEAN: -0.5 * len(y) * g0})
    expect_close(losses, [np.log(2.0), _loss(X, y, -0.5 * g0)], rtol=1e-9,
                 what=f"losses from {what}", misconceptions={LAST: [np.log(2.0), np.log(2.0)]})


@test_case(points=1, hidden=False)
def test_converges(train_logistic):
    """40 points of two overlapping clouds, step 2.0, 100 iterations: the loss never increases and the gradient ends below 1e-3"""
    X, y = _clouds(np.random.default_rng(40231), 40, 2.0)
    what = "train_logistic(X, y, 2.0, 100) on two overlapping clouds"
    w, losses = _check_run(train_logistic(X.copy(), y.copy(), 2.0, 100), X, y, 100, what)
    _check_bookkeeping(w, losses, X, y, what)
    rises = np.diff(losses)
    expect_true(np.all(rises <= 1e-12), f"losses from {what} increase at step "
                f"{int(np.argmax(rises > 1e-12)) + 1} (by {rises.max():.3g}).",
                verdict="the loss increased during training", hint=UPHILL)
    norm = float(np.linalg.norm(_gradient(X, y, w)))
    expect_true(norm <= 1e-3, f"after {what} the gradient norm is {norm:.3g}; expected <= 1e-3 "
                f"(the loss went from {losses[0]:.4f} to {losses[-1]:.4f}).",
                verdict=f"training stopped far from the minimum (gradient norm {norm:.3g})")


@test_case(points=0.75, hidden=True)
def test_held_out_accuracy(train_logistic):
    """trained on 100 points with 5% flipped labels (integer X, labels as a column): at least 80% accuracy on 300 new points; inputs unchanged"""
    rng = np.random.default_rng(40232)
    X, y = _clouds(rng, 100, 3.0, flip=0.05)
    X_new, y_new = _clouds(rng, 300, 3.0, flip=0.05)
    X0, y0 = X.copy(), y.copy()
    what = "train_logistic on 100 points"
    w, losses = _check_run(train_logistic(X, y, 1.0, 100), X0, y0, 100, what)
    expect_unchanged(X0, X, what="X")
    expect_unchanged(y0, y, what="y")
    _check_bookkeeping(w, losses, X0, y0, what)
    held_out = float(np.mean((X_new @ w >= 0) == y_new))
    expect_true(held_out >= 0.8, f"the weights from {what} classify {held_out:.1%} of new points correctly; "
                "expected at least 80%.", verdict=f"held-out accuracy {held_out:.1%}, expected >= 80%")
    X_int = np.round(X0 * 2).astype(int)
    X_int[:, 0] = 1
    what = "train_logistic with integer X and y of shape (m, 1)"
    w, losses = _check_run(train_logistic(X_int, y0.astype(int).reshape(-1, 1), 0.5, 30),
                           X_int, y0, 30, what)
    _check_bookkeeping(w, losses, X_int, y0, what)
    w_ref = np.zeros(3)
    curve = [_loss(X_int.astype(float), y0, w_ref)]
    for _ in range(30):
        w_ref = w_ref - 0.5 * _gradient(X_int.astype(float), y0, w_ref)
        curve.append(_loss(X_int.astype(float), y0, w_ref))
    expect_close(losses, np.array(curve), rtol=1e-9, atol=1e-12,
                 what=f"the losses from {what} (exactly 30 steps of w ← w − step·∇L(w))")
    expect_true(losses[-1] < losses[0] - 0.2, f"{what}: the loss only went from {losses[0]:.4f} to "
                f"{losses[-1]:.4f}.", verdict="the loss hardly decreased on integer input")


@test_case(points=0.25, hidden=True)
def test_zero_iterations_and_bad_step(train_logistic):
    """iterations = 0 gives w = 0 and losses = [log 2]; step <= 0 and iterations < 0 raise ValueError"""
    X, y = _clouds(np.random.default_rng(40233), 10, 2.0)
    what = "train_logistic(X, y, 1.0, 0)"
    w, losses = _check_run(train_logistic(X, y, 1.0, 0), X, y, 0, what)
    expect_close(w, np.zeros(3), what=f"w from {what}")
    expect_raises(ValueError, train_logistic, X, y, 0.0, 10, what="train_logistic(X, y, 0.0, 10)")
    expect_raises(ValueError, train_logistic, X, y, -0.5, 10, what="train_logistic(X, y, -0.5, 10)")
    expect_raises(ValueError, train_logistic, X, y, 0.5, -1, what="train_logistic(X, y, 0.5, -1)")
