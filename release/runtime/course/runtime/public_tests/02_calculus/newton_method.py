"""newton_method: Newton's method with a gradient-norm stopping rule, returning (x, iterations)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.optimisation import Bowl, Gradient, Hessian, Logistic, Rosenbrock
from course.runtime.testing import (expect_array, expect_close, expect_equal, expect_finite,
                            expect_same_on_integers, expect_true, expect_tuple, expect_unchanged)

OK_FORMAT = False
name = "newton_method"
hints = [
    "Work on x = np.array(x0, dtype=float). In each pass: g = grad(x); if np.linalg.norm(g) < tol, "
    "return x and the number of steps taken so far.",
    "The Newton step d solves H d = −g with H = hess(x) at the CURRENT x: "
    "d = np.linalg.solve(H, -g), then x = x + d. Do not multiply by H.",
    "Use `for iteration in range(max_iter):` and return (x, iteration) when the gradient is small; "
    "after the loop return (x, max_iter).",
]
bans = {"newton_method": ["numpy.linalg.inv", "numpy.linalg.pinv", "scipy"]}
ban_reason = ("compute the Newton step by SOLVING H d = −g with np.linalg.solve, as the task says: "
              "forming H⁻¹ (np.linalg.inv, np.linalg.pinv) costs more and loses accuracy, and scipy "
              "is off limits in this notebook.")

MULTIPLY = ("your step is x − H·g: you MULTIPLIED the gradient by the Hessian. Newton's step "
            "solves the linear system H d = −g, d = np.linalg.solve(H, -g), which for a quadratic "
            "lands exactly on the minimiser.")
SIGN = ("your step went the wrong way: x + H⁻¹g. The Newton step is d = −H⁻¹g, i.e. solve H d = −g "
        "and then x ← x + d.")
GRADIENT_STEP = ("your step is a plain gradient step x − g. Newton's method rescales the gradient "
                 "by the curvature: solve H d = −g with H = hess(x) and set x ← x + d.")
FROZEN = ("your iterates after the first one use the Hessian of the STARTING point. Evaluate "
          "hess(x) at the current x in every iteration.")
DIVERGED = ("your iterates blew up to inf or NaN. From the starting points used here Newton's method "
            "converges, so the step is off: solve H d = −g with H = hess(x) at the current x (do not "
            "multiply by H or by its transpose) and set x ← x + d.")
NORM = ("stop exactly when the EUCLIDEAN norm is strictly below tol: np.linalg.norm(g) < tol. "
        "Here ‖grad(x0)‖₂ equals tol, so one Newton step must be taken; `<=` or the largest |entry| "
        "stop before it.")
COUNT = ("the count is the number of Newton steps taken: 0 if x0 already satisfies ‖grad(x0)‖ < tol, "
         "and 1 when a single step reaches the tolerance.")


def _call(newton_method, what, *args):
    x, iterations = expect_tuple(newton_method(*args), 2, what=what, names="x, iterations")
    expect_array(x, what=f"x from {what}")
    expect_finite(x, what=f"x from {what}", hint=DIVERGED)
    expect_true(isinstance(iterations, (int, np.integer)) and not isinstance(iterations, bool),
                f"the iteration count from {what} should be an int, not {type(iterations).__name__}.",
                verdict=f"the iteration count is a {type(iterations).__name__}, not an int")
    return np.asarray(x, dtype=float), int(iterations)


@test_case(points=1, hidden=False)
def test_one_step_on_a_quadratic(newton_method):
    """the bowl A = [[3, 1], [1, 2]], b = [1, 1] from x0 = [5, −3]: one step lands on [0.2, 0.4]"""
    f = Bowl([[3.0, 1.0], [1.0, 2.0]], [1.0, 1.0])
    A, b = f.A, f.b
    x0 = np.array([5.0, -3.0])
    g0 = A @ x0 - b
    x_star = np.array([0.2, 0.4])
    what = "newton_method(grad, hess, [5, -3], max_iter=1)"
    x, _ = _call(newton_method, what, Gradient(f), Hessian(f), x0.copy(), 1e-10, 1)
    expect_close(x, x_star, rtol=1e-12, atol=1e-12, what=f"x from {what}",
                 misconceptions={MULTIPLY: x0 - A @ g0, SIGN: 2 * x0 - x_star, GRADIENT_STEP: x0 - g0})
    what = "newton_method(grad, hess, [5, -3])"
    x, iterations = _call(newton_method, what, Gradient(f), Hessian(f), x0.copy())
    expect_equal(iterations, 1, what=f"the iteration count from {what}", misconceptions={COUNT: 2})
    expect_close(x, x_star, rtol=1e-12, atol=1e-12, what=f"x from {what}")


@test_case(points=0.875, hidden=False)
def test_rosenbrock(newton_method):
    """the Rosenbrock function from x0 = [−1.2, 1]: [1, 1] in 7 Newton steps (gradient descent needs thousands)"""
    f = Rosenbrock()
    what = "newton_method(grad, hess, [-1.2, 1]) on the Rosenbrock function"
    x, iterations = _call(newton_method, what, Gradient(f), Hessian(f), np.array([-1.2, 1.0]))
    expect_close(x, np.array([1.0, 1.0]), rtol=0, atol=1e-9, what=f"x from {what}")
    expect_true(iterations == 7,
                f"{what} reports {iterations} iteration{'' if iterations == 1 else 's'}; Newton's method as described takes 7 "
                "(the gradient norm first drops below 1e-10 after the 7th step).",
                verdict=f"reported {iterations} iteration{'' if iterations == 1 else 's'} instead of 7",
                hint=COUNT if iterations in (6, 8) else None)


@test_case(points=0.25, hidden=False)
def test_start_at_the_minimiser(newton_method):
    """starting at the minimiser [0.2, 0.4] of the bowl: 0 iterations, x = x0"""
    f = Bowl([[3.0, 1.0], [1.0, 2.0]], [1.0, 1.0])
    what = "newton_method(grad, hess, [0.2, 0.4])"
    x, iterations = _call(newton_method, what, Gradient(f), Hessian(f), np.array([0.2, 0.4]))
    expect_equal(iterations, 0, what=f"the iteration count from {what}", misconceptions={COUNT: 1})
    expect_close(x, np.array([0.2, 0.4]), rtol=1e-12, what=f"x from {what}")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 5
HIDDEN_POINTS = 0.875
