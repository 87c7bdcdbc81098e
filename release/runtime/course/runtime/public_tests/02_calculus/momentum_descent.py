"""momentum_descent: heavy-ball momentum with a gradient-norm stopping rule, returning (x, history)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.optimisation import Bowl, Gradient, Rosenbrock
from course.runtime.testing import (expect_array, expect_close, expect_equal, expect_finite,
                            expect_raises, expect_true, expect_tuple, expect_unchanged,
                            fail)

OK_FORMAT = False
name = "momentum_descent"
hints = [
    "Start like gradient_descent (float copy of x0, history = [x]) and add a velocity "
    "v = np.zeros_like(x) before the loop.",
    "In each pass: g = grad(x); stop if np.linalg.norm(g) < tol; otherwise FIRST update the "
    "velocity, v = beta * v - step * g, THEN move, x = x + v, and append x.",
    "Validate before the loop: raise ValueError if step <= 0 or not 0 <= beta < 1. With beta = 0 "
    "your function must give exactly the iterates of gradient_descent.",
]
bans = {"momentum_descent": ["scipy"]}
ban_reason = ("write the heavy-ball loop and its stopping rule yourself with NumPy (np.linalg.norm "
              "for the gradient's length); scipy.optimize is off limits in this notebook, and the "
              "course never needs it.")

SIGN = ("your first step went uphill: history[1] = x0 + step·grad(x0). The velocity collects "
        "steps AGAINST the gradient: v ← beta·v − step·grad(x), then x ← x + v.")
NO_MOMENTUM = ("your second step is a plain gradient step, x₂ = x₁ − step·grad(x₁): the momentum "
               "term is missing. Keep the velocity between iterations (v ← beta·v − step·grad(x), "
               "x ← x + v) so that x₂ = x₁ − step·grad(x₁) + beta·(x₁ − x₀).")
LAGGING = ("your first step does not move: x₁ = x₀. Update the velocity BEFORE moving, "
           "v ← beta·v − step·grad(x) and then x ← x + v; with v₀ = 0 the first step is an "
           "ordinary gradient step x₁ = x₀ − step·grad(x₀).")
DIVERGED = ("the iterates blew up to inf or NaN. With the step and momentum used here the heavy-ball "
            "method converges, so the update is off: v ← beta·v − step·grad(x), x ← x + v, with "
            "`step` applied once and beta < 1 multiplying the previous velocity.")
ALIAS = ("every row of your history is the same array: you appended one array object and then "
         "changed it in place (x += v). Create a new array at each step (x = x + v) or append "
         "x.copy().")
NESTEROV = ("this row is Nesterov's update: you evaluated the gradient at the look-ahead point "
            "x + beta·v. The heavy-ball method of the task takes the gradient at the CURRENT "
            "iterate: v ← beta·v − step·grad(x), then x ← x + v.")
NORM = ("stop exactly when the EUCLIDEAN norm is strictly below tol: np.linalg.norm(g) < tol. "
        "Here ‖grad(x0)‖₂ equals tol, so one step must be taken; `<=`, the largest |entry| or the "
        "squared norm ‖g‖² stop at another step.")
FIRST_ROW = "history must start with the starting point itself: history[0] is x0, before any step."
SHAPE = ("collect the iterates in a list, starting with x0, and return np.array(that_list): one "
         "row per iterate, shape (k + 1, n), also when n = 1.")


MAX_ITER = ("take at most max_iter steps: loop `for _ in range(max_iter)`, so history has at most "
            "max_iter + 1 rows, x0 included.")
ONE_SHORT = ("when the tolerance is never met, take exactly max_iter steps: history then has "
             "max_iter + 1 rows (x0 and one row per step), one more than you returned.")


def _check_run(got, objective, x0, step, beta, tol, max_iter, what):
    """Structure, first steps, finiteness, the heavy-ball recurrence on every row, stopping rule.

    Without the velocity the method reads x_{k+1} = x_k − step·∇f(x_k) + beta·(x_k − x_{k−1}),
    with x_{−1} = x_0; that is what every row is checked against.
    """
    x, history = expect_tuple(got, 2, what=what, names="x, history")
    expect_array(history, what=f"history from {what}")
    x0 = np.asarray(x0, dtype=float)
    n = x0.size
    H = np.asarray(history)
    if not (H.dtype.kind in "iuf" and H.ndim == 2 and H.shape[1:] == (n,) and len(H) >= 1):
        fail(f"history from {what} should be a float array of shape (k + 1, {n}); "
             f"got {type(history).__name__} of shape {H.shape}.",
             f"history has shape {H.shape}, not (k + 1, n)", SHAPE)
    H = H.astype(float)
    if len(H) >= 3 and (H == H[0]).all():
        fail(f"all {len(H)} rows of history from {what} are equal.",
             "wrong history", ALIAS)
    if not np.allclose(H[0], x0, rtol=1e-12, atol=0):
        fail(f"history[0] from {what} is {H[0]}, not x0 = {x0}.", "history[0] is not x0", FIRST_ROW)
    g0 = objective.gradient(x0)
    if len(H) >= 2 and np.any(g0):
        with np.errstate(all="ignore"):
            if np.allclose(H[1], x0 + step * g0, rtol=1e-9, atol=1e-12):
                fail(f"history[1] from {what} is {H[1]} = x0 + step·grad(x0).",
                     "wrong direction of the first step", SIGN)
            if np.array_equal(H[1], x0):
                fail(f"history[1] from {what} equals x0 = {x0}.", "wrong first step",
                     LAGGING)
    expect_finite(H, what=f"history from {what}", hint=DIVERGED)
    G = objective.gradient(H)
    if len(H) >= 3 and beta > 0:
        plain = H[1] - step * G[1]
        if np.allclose(H[2], plain, rtol=1e-9, atol=1e-12) and not np.allclose(H[1], H[0]):
            fail(f"history[2] from {what} is {H[2]} = history[1] − step·grad(history[1]).",
                 "wrong second step", NO_MOMENTUM)
    if len(H) >= 2:
        previous = np.vstack([H[:1], H[:-2]])           # x_{k-1}, with x_{-1} = x_0
        expected = H[:-1] - step * G[:-1] + beta * (H[:-1] - previous)
        scale = np.abs(H).max() + 1.0
        ok = np.isclose(H[1:], expected, rtol=1e-9, atol=1e-12 * scale).all(axis=1)
        if not ok.all():
            k = int(np.argmin(ok))
            ahead = H[k] + beta * (H[k] - previous[k])          # Nesterov's look-ahead point
            nesterov = ahead - step * objective.gradient(ahead)
            fail(f"row {k + 1} of history from {what} is {H[k + 1]}, but the heavy-ball update "
                 f"from the rows before gives {expected[k]}.",
                 f"row {k + 1} of history does not follow the heavy-ball update",
                 NESTEROV if np.allclose(H[k + 1], nesterov, rtol=1e-9, atol=1e-12 * scale)
                 else None)
    norms = np.linalg.norm(G, axis=1)
    steps = len(H) - 1
    if steps > max_iter:
        fail(f"{what} took {steps} step{'' if steps == 1 else 's'}; max_iter = {max_iter}.", "took more than max_iter steps", MAX_ITER)
    early = np.flatnonzero(norms[:-1] < tol * (1 - 1e-6))
    if early.size:
        fail(f"{what} kept going after row {early[0]} of history, where ‖grad‖ = "
             f"{norms[early[0]]:.3g} < tol = {tol:g}.",
             "did not stop at the first iterate with ‖grad‖ < tol",
             "check ‖grad(x)‖ < tol BEFORE every step and stop there.")
    if steps < max_iter and norms[-1] >= tol * (1 + 1e-6):
        fail(f"{what} stopped after {steps} step{'' if steps == 1 else 's'}, but ‖grad‖ = {norms[-1]:.3g} at the last "
             f"iterate is not below tol = {tol:g} and max_iter = {max_iter} was not reached.",
             "stopped before ‖grad‖ < tol or max_iter steps",
             ONE_SHORT if steps == max_iter - 1 else None)
    expect_close(x, H[-1], rtol=1e-12, atol=0,
                 what=f"x from {what} (it must be the last row of history)")
    return np.asarray(x, dtype=float), H


@test_case(points=0.75, hidden=False)
def test_one_dimensional(momentum_descent):
    """f(x) = x² − 6x from x0 = [0], step 0.25, beta 0.5: history [[0], [1.5], [3]] (two steps)"""
    f = Bowl([[2.0]], [6.0])
    what = "momentum_descent(grad of x² − 6x, [0.0], 0.25, 0.5)"
    x, H = _check_run(momentum_descent(Gradient(f), np.array([0.0]), 0.25, 0.5), f, [0.0], 0.25,
                      0.5, 1e-8, 10_000, what)
    # v1 = 1.5, x1 = 1.5; v2 = 0.5 * 1.5 - 0.25 * (2 * 1.5 - 6) = 1.5, x2 = 3: the minimiser
    expect_close(H, np.array([[0.0], [1.5], [3.0]]), what=f"history from {what}")
    expect_close(x, np.array([3.0]), what=f"x from {what}")


@test_case(points=1, hidden=False)
def test_ill_conditioned_bowl(momentum_descent):
    """A = diag(1, 10), b = [1, 10], x0 = [0, 0], step 0.1, beta 0.5: x₂ = [0.24, 1.5], 58 steps (plain GD: 175)"""
    f = Bowl(np.diag([1.0, 10.0]), [1.0, 10.0])
    what = "momentum_descent(grad of Bowl(diag(1, 10), [1, 10]), [0, 0], 0.1, 0.5)"
    x, H = _check_run(momentum_descent(Gradient(f), np.zeros(2), 0.1, 0.5), f, np.zeros(2), 0.1,
                      0.5, 1e-8, 10_000, what)
    expect_close(H[1:3], np.array([[0.1, 1.0], [0.24, 1.5]]), what=f"history[1:3] from {what}")
    expect_true(57 <= len(H) - 1 <= 59,
                f"{what} took {len(H) - 1} step{'' if len(H) == 2 else 's'}; the heavy-ball method as described takes 58.",
                verdict=f"took {len(H) - 1} step{'' if len(H) == 2 else 's'} instead of 58")
    expect_close(x, np.array([1.0, 1.0]), rtol=0, atol=1e-7, what=f"x from {what}")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(momentum_descent):
    """step 0 or −0.1, beta = 1 and beta = −0.1 raise ValueError"""
    grad = Gradient(Bowl(np.eye(2), [1.0, 1.0]))
    for step, beta in ((0.0, 0.5), (-0.1, 0.5), (0.1, 1.0), (0.1, -0.1)):
        expect_raises(ValueError, momentum_descent, grad, np.zeros(2), step, beta,
                      what=f"momentum_descent(grad, [0, 0], step={step}, beta={beta})")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 6
HIDDEN_POINTS = 1
