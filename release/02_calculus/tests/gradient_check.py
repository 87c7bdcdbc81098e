"""gradient_check: the relative error ‖g_num − g‖ / max(‖g_num‖ + ‖g‖, 1e-12) of an analytic gradient."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.gradients import (AsColumn, LinearMap, Quadratic, Scaled, himmelblau, himmelblau_gradient,
                                        log_sum_exp, log_sum_exp_gradient, rosenbrock,
                                        rosenbrock_gradient, softplus_sum, softplus_sum_gradient)
from course.runtime.testing import (Mismatch, expect_close, expect_finite, expect_raises, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "gradient_check"
hints = [
    "Two gradients to compare: g_num = numerical_gradient(f, x, h) from section 1 and g = grad_f(x). "
    "Check that they have the same shape first.",
    "The numerator is the length of their difference, np.linalg.norm(g_num - g); the denominator is "
    "the sum of their lengths, so the result is always between 0 and 1.",
    "Floor the denominator, max(np.linalg.norm(g_num) + np.linalg.norm(g), 1e-12), so that two zero "
    "gradients give 0.0 instead of NaN; return the ratio as a float.",
]
bans = {"gradient_check": ["numpy.gradient", "scipy"]}
ban_reason = ("compare grad_f(x) with your own numerical_gradient, no np.gradient and no "
              "scipy.optimize.check_grad (the notebook's ground rules; both are fine in your own "
              "work from notebook 3 of this step on).")

ABSOLUTE = ("you returned the absolute error ‖g_num − g‖. Its size depends on the scale of the "
            "gradient, so no single threshold can judge it: divide by "
            "max(‖g_num‖ + ‖g‖, 1e-12).")
ONE_NORM = ("divide by the sum of both lengths, ‖g_num‖ + ‖g‖ (floored at 1e-12), not by one of "
            "them: the sum treats neither gradient as the truth and keeps the error between 0 and 1.")
SCALE_BLIND = ("a gradient that is 2× too large must fail the check, but your error is tiny. "
               "Comparing only the directions of the two gradients (normalising them, or an angle "
               "or cosine) cannot see a constant factor: compare the vectors themselves, "
               "‖g_num − g‖ / max(‖g_num‖ + ‖g‖, 1e-12).")
NAN = ("at a stationary point both gradients are zero and 0 / 0 is NaN: floor the denominator, "
       "max(‖g_num‖ + ‖g‖, 1e-12).")
SQUARED = ("use the Euclidean lengths ‖v‖ = √(Σ vᵢ²) (np.linalg.norm), not squared lengths, in both "
           "the numerator and the denominator.")

INACCURATE = ("a small but not tiny error for a correct gradient means g_num itself is inaccurate: "
              "make sure numerical_gradient passes its own check (central differences) and that "
              "gradient_check passes h on to it.")

FLOOR = ("the floor applies to the denominator as a whole: max(‖g_num‖ + ‖g‖, 1e-12). Adding 1e-12 "
         "to the sum, or flooring each length separately, changes r for gradients of size near "
         "1e-12, and so does returning 0 below a threshold of your own.")
GIVEN_STEP = ("you computed g_num with a step of your own (1e-5) instead of the h passed in: call "
              "numerical_gradient(f, x, h).")
WRONG_SHAPE = ("raise ValueError when grad_f(x) does not have the shape of x: compare "
               "np.shape(grad_f(x)) with np.shape(x) before subtracting (NumPy would otherwise "
               "broadcast, or fail with a message about broadcasting).")


def _as_number(value, what):
    expect_true(isinstance(value, (float, int, np.floating, np.integer))
                and not isinstance(value, (bool, np.bool_)),
                f"{what} should return a single float, but it returned {type(value).__name__}.",
                verdict=f"returned {type(value).__name__}, not a float")
    expect_finite(value, what=what, hint=NAN)
    return float(value)


def _check_right(gradient_check, f, grad, x, what):
    r = _as_number(gradient_check(f, grad, x), what)
    expect_true(0 <= r < 1e-7, f"{what} = {r:.3g} for a correct gradient; a correct gradient must "
                "give a relative error below 1e-7 with central differences.",
                verdict=f"error {r:.3g} for a correct gradient (expected < 1e-7)",
                hint=INACCURATE if 1e-7 <= r < 1e-2 else None)


@test_case(points=1, hidden=False)
def test_correct_gradient(gradient_check):
    """the exact gradient of rosenbrock at x = [−1.2, 1] passes: relative error below 1e-7"""
    _check_right(gradient_check, rosenbrock, rosenbrock_gradient, np.array([-1.2, 1.0]),
                 "gradient_check(rosenbrock, rosenbrock_gradient, [-1.2, 1])")


@test_case(points=1, hidden=False)
def test_gradient_off_by_factor_two(gradient_check):
    """a gradient twice too large (Scaled(rosenbrock_gradient, 2)) at x = [−1.2, 1] gives ‖g‖ / (3‖g‖) = 1/3"""
    what = "gradient_check(rosenbrock, Scaled(rosenbrock_gradient, 2), [-1.2, 1])"
    r = _as_number(gradient_check(rosenbrock, Scaled(rosenbrock_gradient, 2.0), np.array([-1.2, 1.0])),
                   what)
    expect_true(r > 0.01, f"{what} = {r:.3g}, but this gradient is wrong by a factor of 2.",
                verdict="a gradient off by a factor of 2 passed the check", hint=SCALE_BLIND)
    length = float(np.hypot(215.6, 88.0))   # ‖∇f(−1.2, 1)‖
    expect_close(r, 1 / 3, rtol=1e-6, what=what,
                 misconceptions=[(length, ABSOLUTE), (0.5, ONE_NORM), (1.0, ONE_NORM),
                                 (1 / 5, SQUARED)])


@test_case(points=0.25, hidden=False)
def test_stationary_point(gradient_check):
    """at the minimum x = [0, 0] of q(x) = xᵀAx both gradients are zero: the error is 0.0, not NaN"""
    q = Quadratic([[2.0, 1.0], [0.0, 3.0]])
    what = "gradient_check(q, q.gradient_map(), [0, 0])"
    r = _as_number(gradient_check(q, q.gradient_map(), np.zeros(2)), what)
    expect_close(r, 0.0, atol=1e-12, what=what)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.75
