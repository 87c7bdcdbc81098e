"""numerical_gradient: the gradient of f: Rⁿ → R by central differences, one coordinate at a time."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.gradients import (ExactShifts, PointsOnly, Quadratic, log_sum_exp, log_sum_exp_gradient,
                                        log_sum_exp_hessian, rosenbrock, rosenbrock_gradient,
                                        rosenbrock_hessian, softplus_sum, softplus_sum_gradient,
                                        softplus_sum_hessian)
from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_same_on_integers,
                            expect_true, expect_unchanged)

OK_FORMAT = False
name = "numerical_gradient"
hints = [
    "Treat one coordinate at a time: for coordinate i, move x[i] alone by +h and by −h and look at "
    "how much f changes.",
    "For coordinate i build a step vector e = np.zeros(n) with e[i] = h, and evaluate f(x + e) and "
    "f(x - e): these are new arrays, so x itself is never touched.",
    "Start with x = np.array(x, dtype=float) (after raising ValueError when h <= 0); then "
    "grad[i] = (f(x + e) - f(x - e)) / (2 * h) for every i.",
]
bans = {"numerical_gradient": ["numpy.gradient", "scipy"]}
ban_reason = ("build the central differences yourself, one coordinate at a time, from calls to f; "
              "np.gradient and scipy (approx_fprime, scipy.differentiate) are fine in your own work "
              "from notebook 3 of this step on, but not inside the exercises of this notebook.")

ONE_SIDED = ("your gradient is off by about h/2 times the second derivative, the signature of a "
             "one-sided difference such as (f(x + h eᵢ) − f(x)) / h. Use the central difference "
             "(f(x + h eᵢ) − f(x − h eᵢ)) / (2h): its error shrinks like h², not like h.")
IGNORES_ARGUMENT = ("you returned the same gradient at two different points, so your result does not "
                    "depend on the argument x: make sure the function uses its parameter x, not a "
                    "variable defined elsewhere in the notebook (such as x_demo).")

HALF_STEP = ("every entry is twice the derivative: the central difference spans from x − h eᵢ to "
             "x + h eᵢ, a distance of 2h, so divide by 2h, not h.")

GIVEN_STEP = ("you used a step of your own (1e-5) instead of the h passed in: use the argument h in "
              "both the shift x ± h·eᵢ and the denominator 2h.")

ONE_POINT = ("f takes a single point, a 1-D array of length n: call it once per shifted point, "
             "f(x + e) and f(x − e) for each coordinate, not on a matrix of all the shifted points "
             "at once.")


NUDGED = ("f was called at a point where a coordinate you did not shift differs from x in the last "
          "digits: nudging x[i] in place and putting it back (x[i] += h ... x[i] -= h) does not "
          "restore x[i] exactly in floating point. Build each shifted point as a new array, "
          "x + e and x - e, from the unchanged x.")


def _call(numerical_gradient, f, x, *h, what):
    """numerical_gradient(f, x, h) with f restricted to single points, as the task says."""
    try:
        return numerical_gradient(PointsOnly(f), x, *h)
    except ValueError as exc:
        if "takes a single point" not in str(exc):
            raise
        raise Mismatch(f"{what} called f with a 2-D array. Hint: {ONE_POINT}",
                       verdict=f"called f with a 2-D array; {ONE_POINT}", hint=ONE_POINT,
                       kind="raised") from None


def _same_answer(a, b):
    try:
        a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    except (TypeError, ValueError):
        return False
    return a.shape == b.shape and bool(np.any(a)) and bool(np.array_equal(a, b))


def _check(got, exact, hessian_diagonal, h, what, rtol=1e-7, atol=1e-6):
    """A forward difference returns exact + h/2 · f'' (a backward one exact − h/2 · f''), up to O(h²)."""
    expect_close(got, exact, rtol=rtol, atol=atol, what=what,
                 misconceptions=[(exact + h / 2 * hessian_diagonal, ONE_SIDED),
                                 (exact - h / 2 * hessian_diagonal, ONE_SIDED),
                                 (2 * exact, HALF_STEP)])
    expect_array(got, what=what)


@test_case(points=1, hidden=False)
def test_quadratic_at_two_points(numerical_gradient):
    """q(x) = xᵀAx + bᵀx with A = [[2, 1], [0, 3]], b = [1, −1]: gradient [7, 12] at x = [1, 2] and [−2.5, 1] at x = [−1, 0.5]"""
    q = Quadratic([[2.0, 1.0], [0.0, 3.0]], [1.0, -1.0])
    first = _call(numerical_gradient, q, [1.0, 2.0], what="numerical_gradient(q, [1, 2])")
    second = _call(numerical_gradient, q, [-1.0, 0.5], what="numerical_gradient(q, [-1, 0.5])")
    expect_true(not _same_answer(first, second),
                "numerical_gradient(q, [1, 2]) and numerical_gradient(q, [-1, 0.5]) returned the same "
                f"array {np.asarray(first)}.", verdict="the same answer at two different points",
                hint=IGNORES_ARGUMENT)
    diagonal = np.diag(q.hessian())
    _check(first, q.gradient([1.0, 2.0]), diagonal, 1e-5, "numerical_gradient(q, [1, 2])")
    _check(second, q.gradient([-1.0, 0.5]), diagonal, 1e-5, "numerical_gradient(q, [-1, 0.5])")


@test_case(points=1, hidden=False)
def test_rosenbrock_accuracy(numerical_gradient):
    """rosenbrock at x = [−1.2, 1]: exact gradient [−215.6, −88], to central-difference accuracy (relative error ≤ 1e-7)"""
    x = np.array([-1.2, 1.0])
    _check(numerical_gradient(rosenbrock, x.copy()), rosenbrock_gradient(x),
           np.diag(rosenbrock_hessian(x)), 1e-5, "numerical_gradient(rosenbrock, [-1.2, 1])")


@test_case(points=0.25, hidden=False)
def test_step_must_be_positive(numerical_gradient):
    """h = 0 and h = −1e-5 raise ValueError"""
    for h in (0.0, -1e-5):
        expect_raises(ValueError, numerical_gradient, rosenbrock, np.array([0.5, 0.5]), h,
                      what=f"numerical_gradient(rosenbrock, [0.5, 0.5], h={h:g})")


@test_case(points=0.25, hidden=True)
def test_random_points(numerical_gradient):
    """random points in 1 to 5 dimensions (log-sum-exp, softplus, Rosenbrock, random quadratics); x is left unchanged"""
    rng = np.random.default_rng(2211)
    for n in (1, 3, 5):
        q = Quadratic(rng.normal(size=(n, n)), rng.normal(size=n), rng.normal())
        cases = [(q, q.gradient, q.hessian, "a random quadratic"),
                 (log_sum_exp, log_sum_exp_gradient, log_sum_exp_hessian, "log_sum_exp"),
                 (softplus_sum, softplus_sum_gradient, softplus_sum_hessian, "softplus_sum")]
        if n >= 2:
            cases.append((rosenbrock, rosenbrock_gradient, rosenbrock_hessian, "rosenbrock"))
        for f, grad, hess, label in cases:
            x = rng.uniform(-1.5, 1.5, size=n)
            x_before = x.copy()
            got = _call(numerical_gradient, f, x, what=f"numerical_gradient({label}, x)")
            expect_unchanged(x_before, x, what="x")
            _check(got, grad(x_before), np.diag(hess(x_before)), 1e-5,
                   f"numerical_gradient({label}, x) with x of length {n}")


@test_case(points=0.25, hidden=True)
def test_given_step_and_integer_input(numerical_gradient):
    """the step h passed in is the one used (h = 0.1, h = 0.3, f called exactly at x ± h eᵢ), and integer x works like float x"""
    x = np.array([0.3, -1.2, 2.0])
    h = 0.1
    expected = np.zeros(3)
    for i in range(3):
        e = np.zeros(3)
        e[i] = h
        expected[i] = (softplus_sum(x + e) - softplus_sum(x - e)) / (2 * h)
    with_default = np.zeros(3)
    for i in range(3):
        e = np.zeros(3)
        e[i] = 1e-5
        with_default[i] = (softplus_sum(x + e) - softplus_sum(x - e)) / 2e-5
    expect_close(numerical_gradient(softplus_sum, x.copy(), h), expected, rtol=1e-9, atol=1e-12,
                 what="numerical_gradient(softplus_sum, x, h=0.1)",
                 misconceptions={GIVEN_STEP: with_default})
    # x_i + h - h is not x_i for these entries: every point must be x ± h eᵢ exactly
    x = np.array([0.1, 1e-3, -2.3, 5e-7])
    what = "numerical_gradient(softplus_sum, x, h=0.3)"
    try:
        got = numerical_gradient(ExactShifts(softplus_sum, x, 0.3), x.copy(), 0.3)
    except ValueError as exc:
        if "not x shifted by" not in str(exc):
            raise
        raise Mismatch(f"{what}: {NUDGED}", verdict="f was called at a slightly wrong point; " + NUDGED,
                       hint=NUDGED, kind="raised") from None
    expected = np.array([(softplus_sum(x + 0.3 * e) - softplus_sum(x - 0.3 * e)) / 0.6 for e in np.eye(4)])
    expect_close(got, expected, rtol=1e-9, atol=1e-12, what=what)
    x_int = np.array([1, -2, 3])
    expected = log_sum_exp_gradient(x_int.astype(float))
    what = "numerical_gradient(log_sum_exp, integer x)"
    expect_same_on_integers(
        lambda v: expect_close(numerical_gradient(log_sum_exp, v), expected, rtol=1e-7, atol=1e-9,
                               what=what), x_int, what=what)


@test_case(points=0.25, hidden=True)
def test_scales(numerical_gradient):
    """points of size 1e-8 and 1e4 with steps to match, and a quadratic with entries near 1e8"""
    rng = np.random.default_rng(2212)
    A = rng.normal(size=(3, 3))
    for scale, h, matrix_scale in ((1e-8, 1e-10, 1.0), (1e4, 1e-1, 1.0), (1.0, 1e-5, 1e8)):
        q = Quadratic(matrix_scale * A, matrix_scale * rng.normal(size=3))
        x = scale * rng.uniform(-1, 1, size=3)
        expected = np.zeros(3)
        for i in range(3):
            e = np.zeros(3)
            e[i] = h
            expected[i] = (q(x + e) - q(x - e)) / (2 * h)
        what = (f"numerical_gradient of a quadratic with entries near {matrix_scale:.0e} at x of "
                f"size {scale:.0e}, h = {h:g}")
        got = numerical_gradient(q, x.copy(), h)
        _check(got, expected, np.diag(q.hessian()), h, what, rtol=1e-6, atol=0.0)
