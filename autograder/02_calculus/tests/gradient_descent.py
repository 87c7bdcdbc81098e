"""gradient_descent: fixed-step gradient descent with a gradient-norm stopping rule, returning (x, history)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.optimisation import Bowl, Gradient, Rosenbrock
from course.runtime.testing import (expect_array, expect_close, expect_equal, expect_finite,
                            expect_raises, expect_true, expect_tuple, expect_unchanged,
                            fail)

OK_FORMAT = False
name = "gradient_descent"
hints = [
    "Work on a float copy, x = np.array(x0, dtype=float), and keep a list `history = [x]`. Each "
    "pass of the loop first computes g = grad(x) and stops (break) when np.linalg.norm(g) < tol.",
    "The update is x = x - step * g: a NEW array, so the rows already in `history` stay as they "
    "were (x -= step * g would change them too). Append it to the list after every step.",
    "Loop with `for _ in range(max_iter):`, so at most max_iter steps are taken, check step <= 0 "
    "before the loop, and return x, np.array(history).",
]
bans = {"gradient_descent": ["scipy"]}
ban_reason = ("write the loop and the stopping rule yourself with NumPy (np.linalg.norm for the "
              "gradient's length); scipy.optimize is for later work, once you have written an "
              "optimiser yourself, and this course never needs it.")

SIGN = ("your first step went uphill: history[1] = x0 + step·grad(x0). Gradient descent moves "
        "AGAINST the gradient: x ← x − step·grad(x).")
DIVERGED = ("the iterates blew up to inf or NaN. The step used here is below 2/L, where gradient "
            "descent converges, so the update itself is off: it must be x − step·grad(x), moving "
            "against the gradient and multiplying by `step` exactly once.")
ALIAS = ("every row of your history is the same array: you appended one array object and then "
         "changed it in place (x -= step * g). Create a new array at each step (x = x - step * g) "
         "or append x.copy().")
FIRST_ROW = "history must start with the starting point itself: history[0] is x0, before any step."
SHAPE = ("collect the iterates in a list, starting with x0, and return np.array(that_list): one "
         "row per iterate, shape (k + 1, n), also when n = 1.")
DEMO_GRAD = ("this step used the gradient of the notebook's demo bowl (`bowl_grad`), not the "
             "argument `grad`: inside the function, call grad(x).")
NORM = ("stop exactly when the EUCLIDEAN norm is strictly below tol: np.linalg.norm(g) < tol. "
        "Here ‖grad(x0)‖₂ equals tol, so one step must be taken; `<=`, the largest |entry| or the "
        "squared norm ‖g‖² stop at another step.")
GLOBAL = ("your iterates do not change when the argument `{arg}` changes, so the function is not "
          "using it: it must call the `grad` and use the `step` it was given, not a variable "
          "defined elsewhere in the notebook (such as `bowl_grad` or a demo step size).")


# the bowl of the notebook's demo cell (`bowl`, `bowl_grad`): a gradient read from there is a global
DEMO_BOWL = Bowl([[3.0, 1.0], [1.0, 2.0]], [1.0, 1.0])


MAX_ITER = ("take at most max_iter steps: loop `for _ in range(max_iter)`, so history has at most "
            "max_iter + 1 rows, x0 included.")
ONE_SHORT = ("when the tolerance is never met, take exactly max_iter steps: history then has "
             "max_iter + 1 rows (x0 and one row per step), one more than you returned.")


def _check_run(got, objective, x0, step, tol, max_iter, what):
    """Structure, first step, finiteness, the update rule on every row and the stopping rule."""
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
    if len(H) >= 3 and (H == H[0]).all() or len(H) >= 4 and (H[1:] == H[-1]).all():
        fail(f"all {len(H)} rows of history from {what} are equal.",
             "wrong history", ALIAS)
    if not np.allclose(H[0], x0, rtol=1e-12, atol=0):
        fail(f"history[0] from {what} is {H[0]}, not x0 = {x0}.", "history[0] is not x0", FIRST_ROW)
    if len(H) >= 2:
        g0 = objective.gradient(x0)
        with np.errstate(all="ignore"):
            uphill = bool(np.allclose(H[1], x0 + step * g0, rtol=1e-9, atol=1e-12) and np.any(g0))
        if uphill:
            fail(f"history[1] from {what} is {H[1]} = x0 + step·grad(x0).",
                 "wrong direction of the first step", SIGN)
    expect_finite(H, what=f"history from {what}", hint=DIVERGED)
    G = objective.gradient(H)
    if len(H) >= 2:
        expected = H[:-1] - step * G[:-1]
        scale = np.abs(H).max() + 1.0
        ok = np.isclose(H[1:], expected, rtol=1e-9, atol=1e-12 * scale).all(axis=1)
        if not ok.all():
            k = int(np.argmin(ok))
            demo = n == 2 and np.allclose(H[k + 1], H[k] - step * DEMO_BOWL.gradient(H[k]))
            fail(f"row {k + 1} of history from {what} is {H[k + 1]}, but "
                 f"history[{k}] − step·grad(history[{k}]) = {expected[k]}.",
                 f"row {k + 1} of history does not follow x − step·grad(x)",
                 DEMO_GRAD if demo else None)
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


@test_case(points=0.875, hidden=False)
def test_one_dimensional(gradient_descent):
    """f(x) = x² − 6x from x0 = [0] with step 0.25: iterates 0, 1.5, 2.25, 2.625, … → 3 after 30 steps"""
    f = Bowl([[2.0]], [6.0])
    what = "gradient_descent(grad of x² − 6x, [0.0], 0.25)"
    x, H = _check_run(gradient_descent(Gradient(f), np.array([0.0]), 0.25), f, [0.0], 0.25,
                      1e-8, 10_000, what)
    expect_close(H[:4, 0], np.array([0.0, 1.5, 2.25, 2.625]), what=f"the first 4 iterates from {what}")
    # the gradient 2x − 6 = −6·0.5^k first drops below 1e-8 at k = 30
    expect_equal(len(H), 31, what=f"the number of rows of history from {what}")
    expect_close(x, np.array([3.0]), rtol=0, atol=1e-8, what=f"x from {what}")


@test_case(points=0.75, hidden=False)
def test_ill_conditioned_bowl(gradient_descent):
    """A = diag(1, 10), b = [1, 10] from x0 = [0, 0] with step 0.1: x₁ = [0.1, 1], 175 steps to [1, 1]"""
    f = Bowl(np.diag([1.0, 10.0]), [1.0, 10.0])
    what = "gradient_descent(grad of Bowl(diag(1, 10), [1, 10]), [0, 0], 0.1)"
    x, H = _check_run(gradient_descent(Gradient(f), np.zeros(2), 0.1), f, np.zeros(2), 0.1,
                      1e-8, 10_000, what)
    expect_close(H[1], np.array([0.1, 1.0]), what=f"history[1] from {what}")
    # the slow coordinate's gradient is 0.9^k: below 1e-8 from k = 175 on
    expect_equal(len(H), 176, what=f"the number of rows of history from {what}")
    expect_close(x, np.array([1.0, 1.0]), rtol=0, atol=1e-7, what=f"x from {what}")


@test_case(points=0.25, hidden=False)
def test_invalid_step(gradient_descent):
    """a step size of 0 or −0.1 raises ValueError"""
    grad = Gradient(Bowl(np.eye(2), [1.0, 1.0]))
    for step in (0.0, -0.1):
        expect_raises(ValueError, gradient_descent, grad, np.zeros(2), step,
                      what=f"gradient_descent(grad, [0, 0], {step})")


@test_case(points=0.25, hidden=True)
def test_random_bowls(gradient_descent):
    """random well-conditioned bowls in 1 to 8 dimensions with step 1/L and several tolerances"""
    rng = np.random.default_rng(23101)
    for n, tol in ((1, 1e-8), (3, 1e-6), (5, 1e-10), (8, 1e-8)):
        Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
        eigenvalues = rng.uniform(0.5, 4.0, size=n)
        f = Bowl(Q @ np.diag(eigenvalues) @ Q.T, rng.normal(size=n))
        x0 = rng.normal(size=n) * 3
        step = 1.0 / eigenvalues.max()
        x, _ = _check_run(gradient_descent(Gradient(f), x0.copy(), step, tol), f, x0, step, tol,
                          10_000, f"gradient_descent on a random {n}-dimensional bowl")
        expect_close(x, f.minimiser(), rtol=0, atol=tol / eigenvalues.min() * 1.01,
                     what=f"x from gradient_descent on a random {n}-dimensional bowl")


@test_case(points=0.25, hidden=True)
def test_max_iter_and_start_at_the_minimum(gradient_descent):
    """max_iter = 5 and 0 cap the number of steps; starting at the minimiser takes no step at all"""
    f = Bowl(np.diag([1.0, 3.0]), [2.0, -3.0])
    grad = Gradient(f)
    for max_iter in (5, 0):
        what = f"gradient_descent with max_iter = {max_iter}"
        _, H = _check_run(gradient_descent(grad, np.array([4.0, 4.0]), 0.1, 1e-8, max_iter), f,
                          [4.0, 4.0], 0.1, 1e-8, max_iter, what)
        expect_equal(len(H), max_iter + 1, what=f"the number of rows of history from {what}")
    what = "gradient_descent started at the minimiser"
    x, H = _check_run(gradient_descent(grad, np.array([2.0, -1.0]), 0.1), f, [2.0, -1.0], 0.1,
                      1e-8, 10_000, what)
    expect_equal(H.shape, (1, 2), what=f"the shape of history from {what}")


@test_case(points=0.25, hidden=True)
def test_rosenbrock(gradient_descent):
    """the Rosenbrock valley with a small step for 200 steps: every row follows the update rule"""
    f = Rosenbrock()
    x0 = np.array([-1.2, 1.0])
    what = "gradient_descent on the Rosenbrock function (step 1e-3, max_iter 200)"
    x, H = _check_run(gradient_descent(Gradient(f), x0.copy(), 1e-3, 1e-8, 200), f, x0, 1e-3,
                      1e-8, 200, what)
    expect_equal(len(H), 201, what=f"the number of rows of history from {what}")
    expect_true(f(x) < 0.5 * f(x0), f"{what}: f fell only from {f(x0):.4g} to {f(x):.4g}.",
                verdict="the function value did not fall as expected")


@test_case(points=0.125, hidden=True)
def test_integer_start_and_inputs_unchanged(gradient_descent):
    """an integer x0 (array and list) gives float iterates, and x0 is left unchanged"""
    f = Bowl(np.diag([2.0, 1.0]), [1.0, 1.0])
    x0 = np.array([3, -2])
    what = "gradient_descent with the integer x0 = [3, -2]"
    _check_run(gradient_descent(Gradient(f), x0, 0.25), f, [3.0, -2.0], 0.25, 1e-8, 10_000, what)
    expect_unchanged(np.array([3, -2]), x0, what="x0")
    _check_run(gradient_descent(Gradient(f), [3, -2], 0.25), f, [3.0, -2.0], 0.25, 1e-8, 10_000,
               "gradient_descent with x0 given as the list [3, -2]")
    x0 = np.array([0.5, 4.0])
    gradient_descent(Gradient(f), x0, 0.25)
    expect_unchanged(np.array([0.5, 4.0]), x0, what="x0")


@test_case(points=0.125, hidden=True)
def test_uses_its_arguments(gradient_descent):
    """the iterates depend on the arguments grad and step (not on variables defined elsewhere)"""
    f1 = Bowl(np.diag([2.0, 5.0]), [1.0, 1.0])
    f2 = Bowl([[4.0, 1.0], [1.0, 3.0]], [-1.0, 2.0])
    x0 = np.array([1.0, -1.0])
    runs = {}
    for key, f, step in (("a", f1, 0.1), ("b", f1, 0.05), ("c", f2, 0.1)):
        _, history = expect_tuple(gradient_descent(Gradient(f), x0.copy(), step, 1e-8, 3), 2,
                                  what="gradient_descent(grad, x0, step, 1e-8, 3)",
                                  names="x, history")
        runs[key] = np.asarray(history, dtype=float)
    for other, arg in (("b", "step"), ("c", "grad")):
        same = runs["a"].shape == runs[other].shape and np.allclose(runs["a"], runs[other])
        expect_true(not same, f"two runs that differ only in `{arg}` returned the same history.",
                    verdict=f"the result does not depend on `{arg}`", hint=GLOBAL.format(arg=arg))
    _check_run((runs["c"][-1], runs["c"]), f2, x0, 0.1, 1e-8, 3, "gradient_descent on a second bowl")


@test_case(points=0.125, hidden=True)
def test_stopping_rule_boundary_and_float_history(gradient_descent):
    """‖grad(x0)‖₂ exactly equal to tol takes one step (the test is strict, Euclidean); an integer x0
    at the minimiser still gives a float history"""
    f = Bowl(np.eye(2), [0.0, 0.0])                  # grad(x) = x: ‖grad([3, 4])‖₂ = 5 exactly
    what = "gradient_descent with ‖grad(x0)‖₂ equal to tol"
    _, H = _check_run(gradient_descent(Gradient(f), np.array([3.0, 4.0]), 0.5, 5.0), f,
                      [3.0, 4.0], 0.5, 5.0, 10_000, what)
    expect_equal(len(H), 2, what=f"the number of rows of history from {what}",
                 misconceptions=[(1, NORM), (3, NORM)])
    g = Bowl(np.diag([2.0, 1.0]), [4.0, -1.0])       # minimiser (2, −1), integers
    what = "gradient_descent started at the minimiser, given as the integer array [2, -1]"
    _, H = _check_run(gradient_descent(Gradient(g), np.array([2, -1]), 0.25), g, [2.0, -1.0],
                      0.25, 1e-8, 10_000, what)
    expect_equal(H.shape, (1, 2), what=f"the shape of history from {what}")
