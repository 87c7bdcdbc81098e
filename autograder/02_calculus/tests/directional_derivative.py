"""directional_derivative: ∇f(x)·u/‖u‖, and steepest_ascent: (∇f/‖∇f‖, ‖∇f‖)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.gradients import (Quadratic, Scaled, log_sum_exp_gradient,
                                        rosenbrock_gradient, softplus_sum_gradient)
from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_tuple,
                            expect_unchanged)

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
bans = {"directional_derivative": ["numpy.gradient", "scipy"],
        "steepest_ascent": ["numpy.gradient", "scipy"]}
ban_reason = ("this notebook's ground rules: no np.gradient and no scipy inside the exercises (use "
              "np.linalg.norm and @); both are fine in your own work from notebook 3 of this step on.")

NOT_NORMALISED = ("only the direction of u may matter: divide by its length, "
                  "D_u f(x) = ∇f(x)·u / ‖u‖. Without that, doubling u doubles your answer.")
NOT_UNIT = ("the steepest-ascent direction must be a unit vector: return ∇f(x) / ‖∇f(x)‖, "
            "not ∇f(x) itself.")
DESCENT = ("you returned the direction of steepest DESCENT, −∇f / ‖∇f‖; f increases fastest "
           "along +∇f.")
SQUARED = "the rate of steepest ascent is ‖∇f(x)‖, the length of the gradient, not its square."
BY_SQUARED_LENGTH = ("divide by the length ‖u‖ once, not by ‖u‖² = u·u: D_u f(x) = ∇f(x)·u / ‖u‖.")
ELEMENTWISE = ("the directional derivative is ONE number, the dot product ∇f(x)·û = Σᵢ gᵢ ûᵢ: "
               "you returned the elementwise products gᵢ ûᵢ without adding them up (use g @ u_hat).")
GRADIENT_AT_U = ("evaluate the gradient at the point x, grad_f(x), and take its dot product with the "
                 "unit direction u / ‖u‖; you evaluated it at u.")
ORDER = "return the tuple (direction, rate) in this order: the unit vector first, then the number."
ZERO_ONLY = ("only the zero vector has no direction: a non-zero vector of any length, 1e-20 or 1e20, "
             "is a valid direction, so raise ValueError only when ‖u‖ == 0 (no threshold).")
ZERO_GRADIENT_ONLY = ("only an exactly zero gradient has no direction: a gradient of size 1e-14 still "
                      "points somewhere, so raise ValueError only when ‖∇f(x)‖ == 0 (no threshold).")
STATIONARY = ("at a stationary point the gradient is zero and no direction is steepest: raise "
              "ValueError there instead of returning NaN (0 / 0).")


def _expect_rate(got, expected, g, u, what, rtol=1e-9, atol=1e-12):
    """The directional derivative: one number, the dot product with the unit vector."""
    norm = np.linalg.norm(u)
    if isinstance(got, np.ndarray) and got.shape == np.shape(u) and np.isclose(
            float(np.sum(got)), expected, rtol=1e-7, atol=atol):
        raise Mismatch(f"{what} is an array of shape {got.shape}. Hint: {ELEMENTWISE}",
                       verdict=f"returned an array of shape {got.shape}; {ELEMENTWISE}",
                       hint=ELEMENTWISE, kind="type")
    expect_close(got, expected, rtol=rtol, atol=atol, what=what,
                 misconceptions={NOT_NORMALISED: float(g @ u),
                                 BY_SQUARED_LENGTH: float(g @ u) / norm ** 2})


def _call(func, args, what, hint):
    """A call that must return: a ValueError here comes from a threshold of the learner's own."""
    try:
        return func(*args)
    except ValueError as exc:
        raise Mismatch(f"{what} raised ValueError ({exc}). Hint: {hint}",
                       verdict=f"raised ValueError; {hint}", hint=hint, kind="raised") from None


def _direction_and_rate(got, what):
    direction, rate = expect_tuple(got, 2, what=what, names="direction, rate")
    if np.ndim(direction) == 0 and np.ndim(rate) == 1:
        raise Mismatch(f"{what} returned (a number, an array). Hint: {ORDER}",
                       verdict=f"returned (a number, an array); {ORDER}", hint=ORDER, kind="type")
    return direction, rate


@test_case(points=1, hidden=False)
def test_rosenbrock_at_origin(directional_derivative):
    """∇f = [−2, 0] for rosenbrock at x = [0, 0]: u = [3, 4] gives −1.2, u = [−0.5, 0] gives 2, u = [0, 2] gives 0"""
    for u, expected in (([3.0, 4.0], -1.2), ([-0.5, 0.0], 2.0), ([0.0, 2.0], 0.0)):
        g, what = np.array([-2.0, 0.0]), f"directional_derivative(rosenbrock_gradient, [0, 0], {u})"
        got = directional_derivative(rosenbrock_gradient, np.zeros(2), np.array(u))
        _expect_rate(got, expected, g, np.array(u), what, rtol=1e-7, atol=1e-9)


@test_case(points=0.5, hidden=False)
def test_zero_direction_raises(directional_derivative):
    """u = [0, 0] has no direction: ValueError"""
    expect_raises(ValueError, directional_derivative, rosenbrock_gradient, np.array([0.5, 0.5]),
                  np.zeros(2), what="directional_derivative(rosenbrock_gradient, [0.5, 0.5], [0, 0])")


@test_case(points=0.75, hidden=False)
def test_steepest_ascent_at_origin(steepest_ascent):
    """steepest_ascent(rosenbrock_gradient, [0, 0]) = ([−1, 0], 2.0)"""
    what = "steepest_ascent(rosenbrock_gradient, [0, 0])"
    direction, rate = _direction_and_rate(steepest_ascent(rosenbrock_gradient, np.zeros(2)), what)
    expect_close(direction, np.array([-1.0, 0.0]), what=f"the direction from {what}",
                 misconceptions={NOT_UNIT: np.array([-2.0, 0.0]), DESCENT: np.array([1.0, 0.0])})
    expect_close(rate, 2.0, what=f"the rate from {what}", misconceptions={SQUARED: 4.0})
    expect_array(direction, what=f"the direction from {what}")


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
            got = directional_derivative(grad, x, u)
            wrong_point = float(np.asarray(grad(u_before)) @ u_before / np.linalg.norm(u_before))
            expect_close(got, expected, rtol=1e-9, atol=1e-12, what=what,
                         misconceptions={GRADIENT_AT_U: wrong_point})
            _expect_rate(got, expected, g, u_before, what)
            expect_unchanged(x_before, x, what="x")
            expect_unchanged(u_before, u, what="u")
    u_int = np.array([2, -1, 2])
    x = np.array([0.5, -0.2, 1.0])
    g = log_sum_exp_gradient(x)
    _expect_rate(directional_derivative(log_sum_exp_gradient, x, u_int), float(g @ u_int / 3.0),
                 g, u_int, "directional_derivative with the integer direction [2, -1, 2]")
    # any non-zero length is a direction: 1e-20 and 1e20 times [3, 4]
    q = Quadratic([[1.0, 2.0], [0.0, -1.0]], [0.5, 0.25])
    x = np.array([0.3, -0.7])
    g = q.gradient(x)
    for scale in (1e-20, 1e20):
        u = scale * np.array([3.0, 4.0])
        what = f"directional_derivative with u = {scale:g}·[3, 4]"
        got = _call(directional_derivative, (q.gradient_map(), x.copy(), u.copy()), what, ZERO_ONLY)
        _expect_rate(got, float(g @ np.array([0.6, 0.8])), g, u, what, atol=0.0)


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
            direction, rate = _direction_and_rate(steepest_ascent(grad, x), what)
            norm = np.linalg.norm(g)
            expect_close(direction, g / norm, rtol=1e-9, atol=1e-12, what=f"the direction from {what}",
                         misconceptions={NOT_UNIT: g, DESCENT: -g / norm})
            expect_close(rate, norm, rtol=1e-9, what=f"the rate from {what}",
                         misconceptions={SQUARED: norm ** 2})
            expect_unchanged(x_before, x, what="x")
            expect_array(direction, what=f"the direction from {what}")
    try:
        got = steepest_ascent(rosenbrock_gradient, np.ones(3))
    except ValueError:
        pass
    else:
        raise Mismatch(f"steepest_ascent at a stationary point should raise ValueError, but it "
                       f"returned. Hint: {STATIONARY}",
                       verdict=f"returned normally where ValueError was expected; {STATIONARY}",
                       hint=STATIONARY, kind="values")
    # a tiny but non-zero gradient (1e-14 times that of a quadratic) still has a direction
    q = Quadratic([[2.0, 0.5], [0.0, 1.0]], [1.0, -2.0])
    x = np.array([0.4, 0.9])
    g = 1e-14 * q.gradient(x)
    what = "steepest_ascent for a gradient of size 1e-14"
    got = _call(steepest_ascent, (Scaled(q.gradient_map(), 1e-14), x), what, ZERO_GRADIENT_ONLY)
    direction, rate = _direction_and_rate(got, what)
    norm = np.linalg.norm(g)
    expect_close(direction, g / norm, rtol=1e-9, atol=0, what=f"the direction from {what}",
                 misconceptions={NOT_UNIT: g, DESCENT: -g / norm})
    expect_close(rate, norm, rtol=1e-9, atol=0, what=f"the rate from {what}",
                 misconceptions={SQUARED: norm ** 2})
