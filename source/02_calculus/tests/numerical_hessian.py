"""numerical_hessian: the (n, n) Hessian by the four-point central-difference formula, exactly symmetric."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.gradients import (PointsOnly, Quadratic, himmelblau, himmelblau_hessian, log_sum_exp,
                                        log_sum_exp_hessian, rosenbrock, rosenbrock_hessian,
                                        softplus_sum, softplus_sum_hessian)
from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_same_on_integers, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "numerical_hessian"
hints = [
    "Every entry, diagonal included, uses the same four evaluations of f: at x ± h eᵢ ± h eⱼ, "
    "where eᵢ is the i-th basis vector.",
    "Let E = h * np.eye(n), so E[i] is h eᵢ. Then H[i, j] = (f(x + E[i] + E[j]) - f(x + E[i] - E[j]) "
    "- f(x - E[i] + E[j]) + f(x - E[i] - E[j])) / (4 * h * h).",
    "Loop over i and over j from i to n - 1 only, compute H[i, j] once and set H[j, i] = H[i, j]; "
    "start from x = np.array(x, dtype=float) and raise ValueError first when h <= 0.",
]
bans = {"numerical_hessian": ["numpy.gradient", "scipy"]}
ban_reason = ("build the four-point differences yourself from calls to f; np.gradient and scipy "
              "(scipy.differentiate.hessian) are fine in your own work from notebook 3 of this step "
              "on, but not inside this notebook's exercises.")

NOT_SYMMETRIC = ("your Hessian is not exactly symmetric: H[i, j] and H[j, i] came from separate "
                 "computations (at different points) and differ by rounding. Compute each pair "
                 "i ≤ j once with the four-point formula and copy it to H[j, i].")
DIAGONAL_ONLY = ("the off-diagonal entries are the mixed partial derivatives ∂²f/∂xᵢ∂xⱼ, which "
                 "are not zero in general: apply the four-point formula to every pair (i, j).")
FACTOR_4 = ("your second derivatives are 4 times too large: the four-point difference moves x by "
            "h in two coordinates (each a central difference over 2h), so it divides by 4h², not h².")
UPPER_ONLY = ("only one triangle of your Hessian is filled in: the Hessian is symmetric, so "
              "after computing H[i, j] for j ≥ i, copy it to H[j, i].")
FACTOR_4_MIXED = ("your mixed partials (off the diagonal) are 4 times too large: the four-point "
                  "difference divides by 4h², not h².")

GIVEN_STEP = ("you used a step of your own (1e-4) instead of the h passed in: use the argument h in "
              "the shifts x ± h eᵢ ± h eⱼ and in the denominator 4h².")
ONE_POINT = ("f takes a single point, a 1-D array of length n: call it once per shifted point "
             "(four calls per pair i ≤ j), not on a matrix of shifted points at once.")

FACTOR_2 = ("your second derivatives are 2 times too large: the four-point difference divides by "
            "4h² = (2h)·(2h), not by 2h².")
TINY = ("do not round small entries to zero: a Hessian can have all its entries near 1e-8 (a "
        "function that varies slowly) and those entries are still the right answer.")


def _call(numerical_hessian, f, x, *h, what):
    """numerical_hessian(f, x, h) with f restricted to single points, as the task says."""
    try:
        return numerical_hessian(PointsOnly(f), x, *h)
    except ValueError as exc:
        if "takes a single point" not in str(exc):
            raise
        raise Mismatch(f"{what} called f with a 2-D array. Hint: {ONE_POINT}",
                       verdict=f"called f with a 2-D array; {ONE_POINT}", hint=ONE_POINT,
                       kind="raised") from None


def _mistakes(H):
    off = H - np.diag(np.diag(H))
    return [(np.diag(np.diag(H)), DIAGONAL_ONLY), (np.triu(H), UPPER_ONLY), (np.tril(H), UPPER_ONLY),
            (4 * H, FACTOR_4), (H + 3 * off, FACTOR_4_MIXED), (2 * H, FACTOR_2)]


def _check(got, expected, what, rtol=1e-5, atol=1e-5, extra=()):
    expect_close(got, expected, rtol=rtol, atol=atol, what=what,
                 misconceptions=_mistakes(expected) + list(extra))
    expect_array(got, what=what)
    H = np.asarray(got)
    expect_true(np.array_equal(H, H.T), f"{what} is close to the Hessian, but the largest "
                f"|H[i, j] − H[j, i]| is {np.abs(H - H.T).max():.2e} instead of exactly 0.",
                verdict="not exactly symmetric", hint=NOT_SYMMETRIC)


@test_case(points=1, hidden=False)
def test_quadratic(numerical_hessian):
    """q(x) = xᵀAx + bᵀx with A = [[1, 2], [0, 3]], b = [1, −1] at x = [0.5, −1]: Hessian A + Aᵀ = [[2, 2], [2, 6]]"""
    q = Quadratic([[1.0, 2.0], [0.0, 3.0]], [1.0, -1.0])
    what = "numerical_hessian(q, [0.5, -1])"
    _check(_call(numerical_hessian, q, np.array([0.5, -1.0]), what=what),
           np.array([[2.0, 2.0], [2.0, 6.0]]), what)


@test_case(points=1, hidden=False)
def test_rosenbrock_at_minimum(numerical_hessian):
    """rosenbrock at its minimum x = [1, 1]: Hessian [[802, −400], [−400, 200]]"""
    _check(numerical_hessian(rosenbrock, np.array([1.0, 1.0])), rosenbrock_hessian([1.0, 1.0]),
           "numerical_hessian(rosenbrock, [1, 1])", atol=1e-3)


@test_case(points=0.25, hidden=False)
def test_step_must_be_positive(numerical_hessian):
    """h = 0 and h = −1e-4 raise ValueError"""
    for h in (0.0, -1e-4):
        expect_raises(ValueError, numerical_hessian, rosenbrock, np.array([0.5, 0.5]), h,
                      what=f"numerical_hessian(rosenbrock, [0.5, 0.5], h={h:g})")


@test_case(points=0.25, hidden=True)
def test_random_points(numerical_hessian):
    """random points for log-sum-exp (4-D), softplus (3-D), Himmelblau (2-D) and Rosenbrock (4-D); x is left unchanged"""
    rng = np.random.default_rng(2251)
    for f, hess, n, label, atol in ((log_sum_exp, log_sum_exp_hessian, 4, "log_sum_exp", 1e-6),
                                    (softplus_sum, softplus_sum_hessian, 3, "softplus_sum", 1e-6),
                                    (himmelblau, himmelblau_hessian, 2, "himmelblau", 1e-4),
                                    (rosenbrock, rosenbrock_hessian, 4, "rosenbrock", 1e-3)):
        x = rng.uniform(-1.5, 1.5, size=n)
        x_before = x.copy()
        got = _call(numerical_hessian, f, x, what=f"numerical_hessian({label}, x)")
        expect_unchanged(x_before, x, what="x")
        _check(got, hess(x_before), f"numerical_hessian({label}, x) in {n} dimensions", atol=atol)


@test_case(points=0.25, hidden=True)
def test_one_dimension_and_integer_input(numerical_hessian):
    """a function of one variable gives a 1×1 Hessian, and integer x works like float x"""
    x = np.array([0.4])
    _check(numerical_hessian(softplus_sum, x.copy()), softplus_sum_hessian(x),
           "numerical_hessian(softplus_sum, x) with x of length 1", atol=1e-6)
    x_int = np.array([1, -1, 2])
    expected = log_sum_exp_hessian(x_int.astype(float))
    what = "numerical_hessian(log_sum_exp, integer x)"
    expect_same_on_integers(lambda v: _check(numerical_hessian(log_sum_exp, v), expected, what,
                                             atol=1e-6), x_int, what=what)


@test_case(points=0.125, hidden=True)
def test_given_step_and_scales(numerical_hessian):
    """the step h passed in is the one used (h = 1e-2), and Hessians with entries near 1e-8 and 1e8"""
    def four_point(f, x, h):
        n = x.size
        E = h * np.eye(n)
        H = np.zeros((n, n))
        for i in range(n):
            for j in range(i, n):
                H[i, j] = H[j, i] = (f(x + E[i] + E[j]) - f(x + E[i] - E[j])
                                     - f(x - E[i] + E[j]) + f(x - E[i] - E[j])) / (4 * h * h)
        return H

    x = np.array([0.3, -0.8, 1.1])
    what = "numerical_hessian(softplus_sum, x, h=1e-2)"
    _check(_call(numerical_hessian, softplus_sum, x.copy(), 1e-2, what=what),
           four_point(softplus_sum, x, 1e-2), what, rtol=1e-9, atol=1e-12,
           extra=[(four_point(softplus_sum, x, 1e-4), GIVEN_STEP)])
    rng = np.random.default_rng(2252)
    for scale in (1e-8, 1e8):
        q = Quadratic(scale * rng.normal(size=(3, 3)), scale * rng.normal(size=3))
        x = rng.uniform(-1, 1, size=3)
        what = f"numerical_hessian of a quadratic with entries near {scale:.0e}"
        H = q.hessian()
        _check(_call(numerical_hessian, q, x.copy(), what=what), H, what, rtol=1e-5, atol=0.0,
               extra=[(np.where(np.abs(H) < 1e-6, 0.0, H), TINY)])


NUDGED = ("your function changed x: nudging x[i] by +h and back by −h in place does not always "
          "restore it, because (x[i] + h) − h is not exactly x[i] in floating point. Build every "
          "shifted point as a new array, x + E[i] + E[j], from a float copy of x.")


def _four_point(f, x, h):
    n = x.size
    E = h * np.eye(n)
    H = np.zeros((n, n))
    for i in range(n):
        for j in range(i, n):
            H[i, j] = H[j, i] = (f(x + E[i] + E[j]) - f(x + E[i] - E[j])
                                 - f(x - E[i] + E[j]) + f(x - E[i] - E[j])) / (4 * h * h)
    return H


@test_case(points=0.125, hidden=True)
def test_large_step_symmetry_and_unchanged_x(numerical_hessian):
    """a large step (h = 0.25) on Rosenbrock in 3-D: the four-point values, exactly symmetric; and x,
    whose entries do not survive x + h − h, is left unchanged"""
    x = np.array([1.45, 1.69, 1.74])
    what = "numerical_hessian(rosenbrock, x, h=0.25)"
    _check(_call(numerical_hessian, rosenbrock, x.copy(), 0.25, what=what),
           _four_point(rosenbrock, x, 0.25), what, rtol=1e-9, atol=1e-9)
    x = np.array([-0.125, 1.477, -0.226])
    x_before = x.copy()
    what = "numerical_hessian(softplus_sum, x)"
    got = _call(numerical_hessian, softplus_sum, x, what=what)
    if not np.array_equal(x, x_before):
        expect_true(False, f"{what} changed x from {x_before} to {x}.", verdict="modified x in place",
                    hint=NUDGED)
    _check(got, softplus_sum_hessian(x_before), what, atol=1e-6)
