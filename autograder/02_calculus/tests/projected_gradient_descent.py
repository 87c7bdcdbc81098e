"""projected_gradient_descent: gradient steps each followed by clipping to a box, returning (x, history)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.optimisation import Bowl, Gradient
from course.runtime.testing import (expect_array, expect_close, expect_equal, expect_finite,
                            expect_raises, expect_true, expect_tuple, expect_unchanged,
                            fail)

OK_FORMAT = False
name = "projected_gradient_descent"
hints = [
    "Convert lower and upper to float arrays and check np.any(lower > upper). The projection onto "
    "the box is np.clip(z, lower, upper); it also works with scalar or infinite bounds.",
    "Start from x = np.clip(np.array(x0, dtype=float), lower, upper) and history = [x]. Each "
    "iteration: x_new = np.clip(x - step * grad(x), lower, upper), append it to history.",
    "Stop right after appending when np.linalg.norm(x_new - x) < tol (otherwise set x = x_new and "
    "go on); loop at most max_iter times and return x_new, np.array(history).",
]
bans = {"projected_gradient_descent": ["scipy"]}
ban_reason = ("write the projected steps yourself: np.clip for the projection and np.linalg.norm "
              "for the stopping rule; scipy is off limits in this notebook.")

MOVE_BOUNDARY = ("stop exactly when the step is strictly shorter than tol in the Euclidean norm: "
                 "np.linalg.norm(x_new - x) < tol. Here the first step moves exactly tol, so a second "
                 "step must follow; `<=`, the largest |entry| or the squared length stop too soon.")
EQUAL_BOUNDS = ("a lower bound EQUAL to its upper bound is allowed (that coordinate is fixed): raise "
                "ValueError only when some lower entry EXCEEDS its upper entry, np.any(lower > upper).")
PROJECT = ("an iterate lies outside the box [lower, upper]: project AFTER every gradient step, "
           "x_{k+1} = np.clip(x_k − step·grad(x_k), lower, upper). Projecting before the step, or "
           "not at all, leaves the step free to leave the box.")
START = ("history[0] must be the projected starting point np.clip(x0, lower, upper), so that every "
         "iterate, the first one included, is feasible.")
STOP = ("at a solution on the boundary of the box the gradient does not vanish, so ‖grad‖ < tol "
        "never happens there. Stop as soon as an iteration barely moves: ‖x_{k+1} − x_k‖ < tol.")
SIGN = ("your first step went uphill: you added step·grad(x). Projected gradient descent moves "
        "against the gradient and then projects: np.clip(x − step·grad(x), lower, upper).")
DIVERGED = ("the iterates blew up to inf or NaN. With the step used here projected gradient descent "
            "converges, so the update is off: x_{k+1} = np.clip(x_k − step·grad(x_k), lower, upper).")
ALIAS = ("every row of your history is the same array: you appended one array object and then "
         "changed it in place. Create a new array at each step, or append x.copy().")
SHAPE = ("collect the iterates in a list, starting with the projected x0, and return "
         "np.array(that_list): one row per iterate, shape (k + 1, n).")


FROM_ROW = ("every step starts from the previous row of history, the projected iterate: "
            "x_{k+1} = clip(x_k − step·grad(x_k), lower, upper). Do not keep an unprojected point "
            "and step from it, and take the gradient at x_k itself.")


LAST_ROW = ("append x_{k+1} to history first, then test ‖x_{k+1} − x_k‖ < tol: the short step that "
            "ends the run is the last row of history (and x is that row).")
MAX_ITER = ("take at most max_iter steps: for _ in range(max_iter), so history has at most "
            "max_iter + 1 rows, the projected start included.")


ONE_SHORT = ("when the tolerance is never met, take exactly max_iter steps: history then has "
             "max_iter + 1 rows (the projected start and one row per step), not max_iter.")


def _check_run(got, objective, x0, step, lower, upper, tol, max_iter, what):
    """Structure, feasibility, the projected update on every row, and the stopping rule."""
    x, history = expect_tuple(got, 2, what=what, names="x, history")
    expect_array(history, what=f"history from {what}")
    x0 = np.asarray(x0, dtype=float)
    n = x0.size
    lower = np.broadcast_to(np.asarray(lower, dtype=float), (n,))
    upper = np.broadcast_to(np.asarray(upper, dtype=float), (n,))
    H = np.asarray(history)
    if not (H.dtype.kind in "iuf" and H.ndim == 2 and H.shape[1:] == (n,) and len(H) >= 1):
        fail(f"history from {what} should be a float array of shape (k + 1, {n}); "
             f"got {type(history).__name__} of shape {H.shape}.",
             f"history has shape {H.shape}, not (k + 1, n)", SHAPE)
    H = H.astype(float)
    if len(H) >= 3 and (H == H[0]).all():
        fail(f"all {len(H)} rows of history from {what} are equal.", "wrong history", ALIAS)
    start = np.clip(x0, lower, upper)
    if not np.allclose(H[0], start, rtol=1e-12, atol=0):
        fail(f"history[0] from {what} is {H[0]}; the projected start is {start}.",
             "history[0] is not the projected x0", START)
    if len(H) >= 2:
        g0 = objective.gradient(start)
        with np.errstate(all="ignore"):
            if np.allclose(H[1], np.clip(start + step * g0, lower, upper), rtol=1e-9, atol=1e-12) \
                    and not np.allclose(H[1], np.clip(start - step * g0, lower, upper)):
                fail(f"history[1] from {what} is {H[1]}, a step uphill.", "wrong direction", SIGN)
    expect_finite(H, what=f"history from {what}", hint=DIVERGED)
    slack = 1e-12 * (np.abs(H).max() + 1.0)
    outside = np.flatnonzero(((H < lower - slack) | (H > upper + slack)).any(axis=1))
    if outside.size:
        k = int(outside[0])
        fail(f"row {k} of history from {what} is {H[k]}, outside the box lower = {lower}, "
             f"upper = {upper}.", "infeasible iterate", PROJECT)
    G = objective.gradient(H)
    if len(H) >= 2:
        expected = np.clip(H[:-1] - step * G[:-1], lower, upper)
        ok = np.isclose(H[1:], expected, rtol=1e-9, atol=1e-12 * (np.abs(H).max() + 1.0)).all(axis=1)
        if not ok.all():
            k = int(np.argmin(ok))
            fail(f"row {k + 1} of history from {what} is {H[k + 1]}, but "
                 f"clip(history[{k}] − step·grad(history[{k}])) = {expected[k]}.",
                 f"row {k + 1} of history does not follow the projected update", FROM_ROW)
    moves = np.linalg.norm(np.diff(H, axis=0), axis=1)
    steps = len(H) - 1
    if steps > max_iter:
        fail(f"{what} took {steps} step{'' if steps == 1 else 's'}; max_iter = {max_iter}.", "took more than max_iter steps", MAX_ITER)
    early = np.flatnonzero(moves[:-1] < tol * (1 - 1e-6))
    if early.size:
        fail(f"{what} kept going after row {early[0] + 1} of history, although the step from "
             f"row {early[0]} to row {early[0] + 1} moved only {moves[early[0]]:.3g} < tol = {tol:g}.",
             "did not stop after the first step shorter than tol", STOP)
    if steps < max_iter and (steps == 0 or moves[-1] >= tol * (1 + 1e-6)):
        fail(f"{what} stopped after {steps} step{'' if steps == 1 else 's'}, but the last step moved "
             f"{moves[-1] if steps else 0:.3g}, not less than tol = {tol:g}, and max_iter = "
             f"{max_iter} was not reached.", "stopped too early",
             ONE_SHORT if steps == max_iter - 1 else LAST_ROW)
    expect_close(x, H[-1], rtol=1e-12, atol=0,
                 what=f"x from {what} (it must be the last row of history)")
    return np.asarray(x, dtype=float), H


def _check_optimal(x, objective, lower, upper, what, atol=1e-6):
    """First-order optimality on a box: zero gradient inside, pointing outwards on the walls."""
    g = objective.gradient(x)
    n = len(x)
    lower = np.broadcast_to(np.asarray(lower, dtype=float), (n,))
    upper = np.broadcast_to(np.asarray(upper, dtype=float), (n,))
    at_lower, at_upper = np.isclose(x, lower, atol=1e-9), np.isclose(x, upper, atol=1e-9)
    ok = np.where(at_lower, g >= -atol, True) & np.where(at_upper, g <= atol, True) \
        & np.where(at_lower | at_upper, True, np.abs(g) <= atol)
    expect_true(ok.all(), f"x from {what} is not the minimiser over the box.",
                verdict="x is not the minimiser over the box")


@test_case(points=0.875, hidden=False)
def test_minimiser_outside_the_box(projected_gradient_descent):
    """f = ½‖x − (2, −1)‖², box [0, 1]², x0 = [0.5, 0.5], step 0.5: history [[0.5, 0.5], [1, 0], [1, 0]]"""
    f = Bowl(np.eye(2), [2.0, -1.0])
    what = "projected_gradient_descent(grad, [0.5, 0.5], 0.5, 0, 1)"
    x, H = _check_run(projected_gradient_descent(Gradient(f), np.array([0.5, 0.5]), 0.5, 0.0, 1.0),
                      f, [0.5, 0.5], 0.5, 0.0, 1.0, 1e-10, 10_000, what)
    # step: (0.5, 0.5) − 0.5·(−1.5, 1.5) = (1.25, −0.25), clipped to (1, 0); then it stays there
    expect_close(H, np.array([[0.5, 0.5], [1.0, 0.0], [1.0, 0.0]]), what=f"history from {what}")


@test_case(points=1, hidden=False)
def test_start_outside_and_infinite_bounds(projected_gradient_descent):
    """the same f, lower = [0, −inf], upper = [1, inf], x0 = [3, 3]: history[0] = [1, 3], then [1, 1], [1, 0], … → [1, −1]"""
    f = Bowl(np.eye(2), [2.0, -1.0])
    lower, upper = np.array([0.0, -np.inf]), np.array([1.0, np.inf])
    what = "projected_gradient_descent(grad, [3, 3], 0.5, [0, -inf], [1, inf])"
    x, H = _check_run(projected_gradient_descent(Gradient(f), np.array([3.0, 3.0]), 0.5, lower.copy(),
                                                 upper.copy()),
                      f, [3.0, 3.0], 0.5, lower, upper, 1e-10, 10_000, what)
    expect_close(H[:4], np.array([[1.0, 3.0], [1.0, 1.0], [1.0, 0.0], [1.0, -0.5]]),
                 what=f"history[:4] from {what}")
    expect_close(x, np.array([1.0, -1.0]), rtol=0, atol=1e-9, what=f"x from {what}")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(projected_gradient_descent):
    """step 0 and a lower bound above the upper bound raise ValueError"""
    grad = Gradient(Bowl(np.eye(2), [1.0, 1.0]))
    expect_raises(ValueError, projected_gradient_descent, grad, np.zeros(2), 0.0, 0.0, 1.0,
                  what="projected_gradient_descent(grad, [0, 0], 0.0, 0, 1)")
    expect_raises(ValueError, projected_gradient_descent, grad, np.zeros(2), 0.1,
                  np.array([0.0, 2.0]), np.array([1.0, 1.0]),
                  what="projected_gradient_descent(grad, [0, 0], 0.1, [0, 2], [1, 1])")


@test_case(points=0.25, hidden=True)
def test_random_bowls_and_boxes(projected_gradient_descent):
    """random bowls in 2 to 6 dimensions with random boxes: feasible iterates, the right update, the constrained minimiser"""
    rng = np.random.default_rng(23801)
    for n in (2, 3, 5, 6):
        Q, _ = np.linalg.qr(rng.normal(size=(n, n)))
        eigenvalues = rng.uniform(0.5, 3.0, size=n)
        f = Bowl(Q @ np.diag(eigenvalues) @ Q.T, rng.normal(size=n) * 3)
        lower = -rng.uniform(0.2, 1.0, size=n)
        upper = rng.uniform(0.2, 1.0, size=n)
        x0 = rng.normal(size=n) * 2
        step = 1.0 / eigenvalues.max()
        what = f"projected_gradient_descent on a random {n}-dimensional bowl and box"
        x, _ = _check_run(projected_gradient_descent(Gradient(f), x0.copy(), step, lower.copy(),
                                                     upper.copy()),
                          f, x0, step, lower, upper, 1e-10, 10_000, what)
        _check_optimal(x, f, lower, upper, what)


@test_case(points=0.125, hidden=True)
def test_minimiser_inside_and_scalar_bounds(projected_gradient_descent):
    """a box that contains the minimiser (the result is the unconstrained minimiser), with scalar bounds"""
    f = Bowl([[2.0, 0.5], [0.5, 1.0]], [0.5, -0.25])
    what = "projected_gradient_descent with scalar bounds -5 and 5"
    x, _ = _check_run(projected_gradient_descent(Gradient(f), np.array([4.0, -4.0]), 0.4, -5.0, 5.0),
                      f, [4.0, -4.0], 0.4, -5.0, 5.0, 1e-10, 10_000, what)
    expect_close(x, f.minimiser(), rtol=0, atol=1e-8, what=f"x from {what}")


@test_case(points=0.125, hidden=True)
def test_max_iter_reached(projected_gradient_descent):
    """max_iter = 3 gives exactly 4 rows; max_iter = 0 gives only the projected start"""
    f = Bowl(np.diag([1.0, 2.0]), [3.0, -3.0])
    for max_iter in (3, 0):
        what = f"projected_gradient_descent with max_iter = {max_iter}"
        _, H = _check_run(projected_gradient_descent(Gradient(f), np.array([0.2, 0.3]), 0.1,
                                                     -1.0, 1.0, 1e-10, max_iter),
                          f, [0.2, 0.3], 0.1, -1.0, 1.0, 1e-10, max_iter, what)
        expect_equal(len(H), max_iter + 1, what=f"the number of rows of history from {what}",
                     misconceptions=[(max_iter, ONE_SHORT)])


@test_case(points=0.125, hidden=True)
def test_integer_inputs_and_unchanged(projected_gradient_descent):
    """integer x0 and bounds, and x0 and the bounds are left unchanged"""
    f = Bowl(np.eye(2), [2.0, -1.0])
    x0, lower, upper = np.array([3, 3]), np.array([0, -2]), np.array([1, 2])
    before = [a.copy() for a in (x0, lower, upper)]
    what = "projected_gradient_descent with integer x0 and bounds"
    x, _ = _check_run(projected_gradient_descent(Gradient(f), x0, 0.5, lower, upper), f, [3.0, 3.0],
                      0.5, [0.0, -2.0], [1.0, 2.0], 1e-10, 10_000, what)
    expect_close(x, np.array([1.0, -1.0]), rtol=0, atol=1e-9, what=f"x from {what}")
    for old, new, label in zip(before, (x0, lower, upper), ("x0", "lower", "upper")):
        expect_unchanged(old, new, what=label)
    x0 = np.array([1.5, -0.5])
    projected_gradient_descent(Gradient(f), x0, 0.5, 0.0, 1.0)
    expect_unchanged(np.array([1.5, -0.5]), x0, what="x0")


@test_case(points=0.125, hidden=True)
def test_boundary_cases(projected_gradient_descent):
    """a first step exactly tol long (the test is strict), a coordinate fixed by lower = upper, a
    negative step (ValueError), and integer x0 and bounds with max_iter = 0 (a float history)"""
    f = Bowl(np.eye(2), [0.0, 0.0])                  # grad(x) = x: from [6, 8] the first step moves 5
    what = "projected_gradient_descent whose first step moves exactly tol"
    _, H = _check_run(projected_gradient_descent(Gradient(f), np.array([6.0, 8.0]), 0.5, -np.inf,
                                                 np.inf, 5.0),
                      f, [6.0, 8.0], 0.5, -np.inf, np.inf, 5.0, 10_000, what)
    expect_equal(len(H), 3, what=f"the number of rows of history from {what}",
                 misconceptions=[(2, MOVE_BOUNDARY)])
    g = Bowl(np.eye(2), [2.0, -1.0])
    what = "projected_gradient_descent with lower = [0.5, -3], upper = [0.5, 3]"
    try:
        got = projected_gradient_descent(Gradient(g), np.array([0.0, 0.0]), 0.5,
                                         np.array([0.5, -3.0]), np.array([0.5, 3.0]))
    except ValueError as exc:
        expect_true(False, f"{what} raised ValueError ({exc}).",
                    verdict="raised ValueError for a lower bound equal to its upper bound",
                    hint=EQUAL_BOUNDS)
    x, _ = _check_run(got, g, [0.0, 0.0], 0.5, [0.5, -3.0], [0.5, 3.0], 1e-10, 10_000, what)
    expect_close(x, np.array([0.5, -1.0]), rtol=0, atol=1e-9, what=f"x from {what}")
    expect_raises(ValueError, projected_gradient_descent, Gradient(g), np.zeros(2), -0.1, 0.0, 1.0,
                  what="projected_gradient_descent(grad, [0, 0], -0.1, 0, 1)")
    what = "projected_gradient_descent with integer x0 = [3, -3], bounds 0 and 1, max_iter = 0"
    _, H = _check_run(projected_gradient_descent(Gradient(g), np.array([3, -3]), 0.5, 0, 1, 1e-10, 0),
                      g, [3.0, -3.0], 0.5, 0.0, 1.0, 1e-10, 0, what)
    expect_close(H, np.array([[1.0, 0.0]]), what=f"history from {what}")


@test_case(points=0.125, hidden=True)
def test_coupled_bowl_one_wall(projected_gradient_descent):
    """a coupled bowl whose constrained minimiser lies on one wall of the box, with the other coordinate free"""
    f = Bowl([[2.0, 1.0], [1.0, 2.0]], [4.0, 0.0])      # minimiser over [-1, 1]²: (1, -0.5)
    what = "projected_gradient_descent on a coupled bowl, box [-1, 1]²"
    x, _ = _check_run(projected_gradient_descent(Gradient(f), np.array([0.0, 0.0]), 0.4, -1.0, 1.0),
                      f, [0.0, 0.0], 0.4, -1.0, 1.0, 1e-10, 10_000, what)
    _check_optimal(x, f, -1.0, 1.0, what)
    expect_close(x, np.array([1.0, -0.5]), rtol=0, atol=1e-8, what=f"x from {what}")
