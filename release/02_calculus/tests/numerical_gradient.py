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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 0.75
