"""directional_derivative: ∇f(x)·u/‖u‖, and steepest_ascent: (∇f/‖∇f‖, ‖∇f‖)."""
import numpy as np
from otter.test_files import test_case

from course.functions.gradients import (Quadratic, log_sum_exp_gradient, rosenbrock_gradient,
                                        softplus_sum_gradient)
from course.testing import expect_close, expect_raises, expect_tuple, expect_unchanged

OK_FORMAT = False
name = "directional_derivative"
hints = [
    "Only the direction of u matters, not its length: turn u into the unit vector u / ‖u‖ "
    "(np.linalg.norm gives ‖u‖) before using it, and raise ValueError when ‖u‖ is 0.",
    "The rate of change along a unit vector û is the dot product of the gradient with it: "
    "g = grad_f(x), then g @ û.",
    "steepest_ascent: with g = grad_f(x) and rate = np.linalg.norm(g), return (g / rate, rate), "
    "after raising ValueError when rate == 0.",
]

NOT_NORMALISED = ("only the direction of u may matter: divide by its length, "
                  "D_u f(x) = ∇f(x)·u / ‖u‖. Without that, doubling u doubles your answer.")
NOT_UNIT = ("the steepest-ascent direction must be a unit vector: return ∇f(x) / ‖∇f(x)‖, "
            "not ∇f(x) itself.")
DESCENT = ("you returned the direction of steepest DESCENT, −∇f / ‖∇f‖; f increases fastest "
           "along +∇f.")
SQUARED = "the rate of steepest ascent is ‖∇f(x)‖, the length of the gradient, not its square."


@test_case(points=1, hidden=False)
def test_rosenbrock_at_origin(directional_derivative):
    """∇f = [−2, 0] for rosenbrock at x = [0, 0]: u = [3, 4] gives −1.2, u = [−0.5, 0] gives 2, u = [0, 2] gives 0"""
    for u, expected, unnormalised in (([3.0, 4.0], -1.2, -6.0), ([-0.5, 0.0], 2.0, 1.0),
                                      ([0.0, 2.0], 0.0, 0.0)):
        expect_close(directional_derivative(rosenbrock_gradient, np.zeros(2), np.array(u)), expected,
                     what=f"directional_derivative(rosenbrock_gradient, [0, 0], {u})",
                     misconceptions={NOT_NORMALISED: unnormalised})


@test_case(points=0.5, hidden=False)
def test_zero_direction_raises(directional_derivative):
    """u = [0, 0] has no direction: ValueError"""
    expect_raises(ValueError, directional_derivative, rosenbrock_gradient, np.array([0.5, 0.5]),
                  np.zeros(2), what="directional_derivative(rosenbrock_gradient, [0.5, 0.5], [0, 0])")


@test_case(points=0.75, hidden=False)
def test_steepest_ascent_at_origin(steepest_ascent):
    """steepest_ascent(rosenbrock_gradient, [0, 0]) = ([−1, 0], 2.0)"""
    what = "steepest_ascent(rosenbrock_gradient, [0, 0])"
    direction, rate = expect_tuple(steepest_ascent(rosenbrock_gradient, np.zeros(2)), 2, what=what,
                                   names="direction, rate")
    expect_close(direction, np.array([-1.0, 0.0]), what=f"the direction from {what}",
                 misconceptions={NOT_UNIT: np.array([-2.0, 0.0]), DESCENT: np.array([1.0, 0.0])})
    expect_close(rate, 2.0, what=f"the rate from {what}", misconceptions={SQUARED: 4.0})


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.75
