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


@test_case(points=0.25, hidden=True)
def test_correct_gradients_at_random_points(gradient_check):
    """correct gradients at random points (log-sum-exp, softplus, Himmelblau, random quadratics) pass; x is left unchanged"""
    rng = np.random.default_rng(2271)
    q = Quadratic(rng.normal(size=(4, 4)), rng.normal(size=4), 1.0)
    for f, grad, n, label in ((log_sum_exp, log_sum_exp_gradient, 5, "log_sum_exp"),
                              (softplus_sum, softplus_sum_gradient, 3, "softplus_sum"),
                              (himmelblau, himmelblau_gradient, 2, "himmelblau"),
                              (q, q.gradient_map(), 4, "a random quadratic")):
        x = rng.uniform(-2, 2, size=n)
        x_before = x.copy()
        _check_right(gradient_check, f, grad, x, f"gradient_check for {label} at a random point")
        expect_unchanged(x_before, x, what="x")


@test_case(points=0.25, hidden=True)
def test_wrong_gradients(gradient_check):
    """wrong gradients fail: 2Ax + b for a non-symmetric A, a sign error, 0.1% too large, a large step h, a gradient of the wrong length or shape"""
    rng = np.random.default_rng(2272)
    A, b = rng.normal(size=(3, 3)), rng.normal(size=3)
    q = Quadratic(A, b)
    x = rng.normal(size=3)
    true, wrong = q.gradient(x), 2 * A @ x + b
    expected = np.linalg.norm(true - wrong) / (np.linalg.norm(true) + np.linalg.norm(wrong))
    what = "gradient_check(q, LinearMap(2A, b), x) for a non-symmetric A"
    expect_close(_as_number(gradient_check(q, LinearMap(2 * A, b), x.copy()), what), expected,
                 rtol=1e-6, what=what,
                 misconceptions=[(np.linalg.norm(true - wrong), ABSOLUTE),
                                 (np.linalg.norm(true - wrong) / np.linalg.norm(wrong), ONE_NORM),
                                 (np.linalg.norm(true - wrong) / np.linalg.norm(true), ONE_NORM)])
    x = rng.uniform(-1, 1, size=4)
    what = "gradient_check(log_sum_exp, Scaled(log_sum_exp_gradient, -1), x)"
    expect_close(_as_number(gradient_check(log_sum_exp, Scaled(log_sum_exp_gradient, -1.0), x), what),
                 1.0, rtol=1e-6, what=what)
    what = "gradient_check(rosenbrock, Scaled(rosenbrock_gradient, 1.001), x)"
    x = rng.uniform(-1, 1, size=3)
    expect_close(_as_number(gradient_check(rosenbrock, Scaled(rosenbrock_gradient, 1.001), x), what),
                 0.001 / 2.001, rtol=1e-4, what=what)
    x, h = rng.uniform(-1, 1, size=3), 0.5
    g_num = np.zeros(3)
    for i in range(3):
        e = np.zeros(3)
        e[i] = h
        g_num[i] = (softplus_sum(x + e) - softplus_sum(x - e)) / (2 * h)
    g = softplus_sum_gradient(x)
    what = "gradient_check(softplus_sum, softplus_sum_gradient, x, h=0.5)"
    g_default = np.zeros(3)
    for i in range(3):
        e = np.zeros(3)
        e[i] = 1e-5
        g_default[i] = (softplus_sum(x + e) - softplus_sum(x - e)) / 2e-5
    with_default = np.linalg.norm(g_default - g) / (np.linalg.norm(g_default) + np.linalg.norm(g))
    expect_close(_as_number(gradient_check(softplus_sum, softplus_sum_gradient, x, h), what),
                 np.linalg.norm(g_num - g) / (np.linalg.norm(g_num) + np.linalg.norm(g)),
                 rtol=1e-8, what=what, misconceptions={GIVEN_STEP: with_default})
    for grad, n, label in ((LinearMap(np.ones((3, 2))), 2, "3 numbers for an x of length 2"),
                           (LinearMap(np.ones((1, 3))), 3, "1 number for an x of length 3"),
                           (AsColumn(softplus_sum_gradient), 3,
                            "a column of shape (3, 1) for an x of shape (3,)")):
        what = f"gradient_check with a grad_f that returns {label}"
        try:
            got = gradient_check(softplus_sum, grad, np.linspace(0.1, 0.3, n))
        except ValueError:
            continue
        except Exception as exc:
            raise Mismatch(f"{what} raised {type(exc).__name__}; it should raise ValueError. Hint: "
                           f"{WRONG_SHAPE}", verdict=f"raised {type(exc).__name__} instead of "
                           f"ValueError; {WRONG_SHAPE}", hint=WRONG_SHAPE, kind="raised") from None
        raise Mismatch(f"{what} returned {got!r}; it should raise ValueError. Hint: {WRONG_SHAPE}",
                       verdict=f"returned normally where ValueError was expected; {WRONG_SHAPE}",
                       hint=WRONG_SHAPE, kind="values")


@test_case(points=0.25, hidden=True)
def test_tiny_and_large_gradients_and_integer_x(gradient_check):
    """gradients of size near 1e-13 and 1e8 (right and 2× too large), and an integer x"""
    rng = np.random.default_rng(2273)
    A, b = rng.normal(size=(3, 3)), rng.normal(size=3)
    x = rng.uniform(-1, 1, size=3)
    for scale in (1e-13, 1e8):
        q = Quadratic(scale * A, scale * b)
        g_num = np.zeros(3)
        for i in range(3):
            e = np.zeros(3)
            e[i] = 1e-5
            g_num[i] = (q(x + e) - q(x - e)) / 2e-5
        for factor in (1.0, 2.0):
            g = factor * q.gradient(x)
            diff, total = np.linalg.norm(g_num - g), np.linalg.norm(g_num) + np.linalg.norm(g)
            expected = diff / max(total, 1e-12)
            wrong = [(diff / (total + 1e-12), FLOOR),
                     (diff / (max(np.linalg.norm(g_num), 1e-12) + max(np.linalg.norm(g), 1e-12)), FLOOR),
                     (0.0, FLOOR), (diff, ABSOLUTE)]
            what = (f"gradient_check for a gradient of size {scale:.0e}"
                    + (" that is 2× too large" if factor == 2 else ""))
            got = _as_number(gradient_check(q, Scaled(q.gradient_map(), factor), x.copy()), what)
            expect_close(got, expected, rtol=1e-4, atol=1e-9, what=what, misconceptions=wrong)
    x_int = np.array([1, -2, 0])
    _check_right(gradient_check, log_sum_exp, log_sum_exp_gradient, x_int,
                 "gradient_check for log_sum_exp at an integer x")
