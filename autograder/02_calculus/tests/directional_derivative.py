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


@test_case(points=0.5, hidden=True)
def test_random_directions(directional_derivative):
    """random points and directions in 2 to 6 dimensions, rescaled and integer directions; inputs are left unchanged"""
    rng = np.random.default_rng(2221)
    for n in (2, 3, 6):
        q = Quadratic(rng.normal(size=(n, n)), rng.normal(size=n))
        for grad, label in ((rosenbrock_gradient, "rosenbrock_gradient"),
                            (log_sum_exp_gradient, "log_sum_exp_gradient"),
                            (softplus_sum_gradient, "softplus_sum_gradient"),
                            (q.gradient_map(), "the gradient of a random quadratic")):
            x = rng.uniform(-1.5, 1.5, size=n)
            u = rng.normal(size=n) * rng.uniform(0.1, 10.0)
            x_before, u_before = x.copy(), u.copy()
            g = grad(x_before)
            expected = float(g @ u_before / np.linalg.norm(u_before))
            what = f"directional_derivative({label}, x, u) in {n} dimensions"
            expect_close(directional_derivative(grad, x, u), expected, rtol=1e-9, atol=1e-12,
                         what=what, misconceptions={NOT_NORMALISED: float(g @ u_before)})
            expect_unchanged(x_before, x, what="x")
            expect_unchanged(u_before, u, what="u")
    u_int = np.array([2, -1, 2])
    x = np.array([0.5, -0.2, 1.0])
    g = log_sum_exp_gradient(x)
    expect_close(directional_derivative(log_sum_exp_gradient, x, u_int), float(g @ u_int / 3.0),
                 rtol=1e-9, what="directional_derivative with the integer direction [2, -1, 2]",
                 misconceptions={NOT_NORMALISED: float(g @ u_int)})


@test_case(points=0.25, hidden=True)
def test_steepest_ascent_random_and_stationary(steepest_ascent):
    """random points in 2 to 5 dimensions; a stationary point (zero gradient) raises ValueError"""
    rng = np.random.default_rng(2222)
    for n in (2, 5):
        q = Quadratic(rng.normal(size=(n, n)), rng.normal(size=n))
        for grad, label in ((rosenbrock_gradient, "rosenbrock_gradient"),
                            (q.gradient_map(), "the gradient of a random quadratic")):
            x = rng.uniform(-1.5, 1.5, size=n)
            x_before = x.copy()
            g = grad(x_before)
            what = f"steepest_ascent({label}, x) in {n} dimensions"
            direction, rate = expect_tuple(steepest_ascent(grad, x), 2, what=what,
                                           names="direction, rate")
            norm = np.linalg.norm(g)
            expect_close(direction, g / norm, rtol=1e-9, atol=1e-12, what=f"the direction from {what}",
                         misconceptions={NOT_UNIT: g, DESCENT: -g / norm})
            expect_close(rate, norm, rtol=1e-9, what=f"the rate from {what}",
                         misconceptions={SQUARED: norm ** 2})
            expect_unchanged(x_before, x, what="x")
    expect_raises(ValueError, steepest_ascent, rosenbrock_gradient, np.ones(3),
                  what="steepest_ascent at a stationary point", when="(the gradient is exactly zero)")
