"""numerical_derivative: a central difference that picks its own step, accurate to about 1e-8."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions import derivatives as fns
from course.runtime.testing import Mismatch, expect_array, expect_close, expect_unchanged

OK_FORMAT = False
name = "numerical_derivative"
hints = [
    "Use the central difference (f(x + h) − f(x − h)) / (2h): its error falls like h², so a "
    "moderate h already gives about ten correct digits. A forward difference cannot get there.",
    "Balance truncation (∝ h²) against round-off (∝ ε/h): that puts h near ε^(1/3) ≈ 6e-6, where "
    "ε = np.finfo(float).eps. Neither 1e-2 nor 1e-15.",
    "Scale the step with x, entry by entry, using np.maximum(1.0, np.abs(x)): not |x| alone (zero at "
    "x = 0) and not one maximum over the whole array (far too large for the small entries).",
]
bans = {"numerical_derivative": ["numpy.gradient", "scipy"]}
ban_reason = ("compute the central difference yourself, with a step you choose from x; "
              "np.gradient and scipy.differentiate are fine in your own work from notebook 2 of "
              "this step on, but not inside this function.")

TOL = 1e-8
ONE_SIDED = ("your numerical_derivative(square, 0.0) is {value:.1e}, not 0: that is a one-sided "
             "(forward or backward) difference, whose error is proportional to h and cannot go below "
             "about 1e-8 whatever the step. Use the central difference (f(x + h) − f(x − h)) / (2h).")
ROUNDOFF = ("your step h is too small, so round-off dominates: f(x + h) and f(x − h) agree in "
            "almost all their digits, and dividing their difference by a tiny 2h magnifies the "
            "rounding noise (≈ ε·|f(x)|/h). Even for f(x) = 3x + 1, whose difference quotients are "
            "exact on paper, your derivative at x = 2 is off by {error:.1e}. Use h ≈ ε^(1/3) ≈ 6e-6 "
            "(times max(1, |x|)).")
SCALE = ("your step does not grow with |x|: near x = 10⁴ neighbouring floats are about 2e-12 apart, "
         "so x ± h is rounded and f(x ± h) carries round-off of size ε·|f(x)|. For f(x) = 3x + 1 at "
         "x = 10⁴ your derivative is off by {error:.1e}. Use h = ε^(1/3) · max(1, |x|), entry by entry.")
TRUNCATION = ("your step h is too large, so truncation dominates: for x³ at x = 0 the central "
              "difference equals h² exactly, and yours is {value:.1e}, i.e. h ≈ {h:.0e}. The error "
              "of the central difference is about h²·|f'''|/6; take h near ε^(1/3) ≈ 6e-6 "
              "(times max(1, |x|)).")
PER_ENTRY = ("one step for the whole array is not enough: the step that suits x = 10⁴ is far too "
             "large at x = 0 (your derivative of x³ at 0, next to 10⁴ in one array, is off by more "
             "than 1e-9). Compute h entry by entry: np.maximum(1.0, np.abs(x)), not max over x.")
ZERO_STEP = ("your result at x = 0 is NaN or infinite: a step proportional to |x| is zero there "
             "(0/0). Scale with max(1, |x|) instead of |x|.")

PYTHON_MAX = ("Python's max(1, abs(x)) (and `if` on an array) works on a single number only; for "
              "an array use NumPy's elementwise np.maximum(1.0, np.abs(x)), which also works for a "
              "float.")

SQRT_EPS = ("your step is too small for the central difference: round-off, about ε·|f(x)|/h, "
            "dominates where |f(x)| is much larger than |f′(x)| (the cubic 2x³ − 3x² + x − 5 "
            "between 0 and 1, whose derivative there is off by {error:.1e}). h ≈ √ε ≈ 1.5e-8 is the "
            "forward difference's balance point; the central one balances at h ≈ ε^(1/3) ≈ 6e-6 "
            "(times max(1, |x|)).")


def _number(value):
    return float(np.asarray(value, dtype=float).reshape(-1)[0])


def _diagnose(numerical_derivative):
    """Name the cause of an inaccurate derivative by probing functions where it shows alone."""
    try:
        at_zero = _number(numerical_derivative(fns.square, 0.0))
        if not np.isfinite(at_zero):
            return ZERO_STEP
        if at_zero != 0.0:                 # central differences are exact for x² at 0
            return ONE_SIDED.format(value=at_zero)
        error = abs(_number(numerical_derivative(fns.line, 2.0)) - 3.0)
        if not error <= 1e-9 * 3:
            return ROUNDOFF.format(error=error)
        error = abs(_number(numerical_derivative(fns.line, 1e4)) - 3.0)
        if not error <= 1e-9 * 3:
            return SCALE.format(error=error)
        value = _number(numerical_derivative(fns.cube, 0.0))   # = h² for a central difference
        if value > 1e-9:
            return TRUNCATION.format(value=value, h=np.sqrt(value))
        value = _number(numerical_derivative(fns.cube, np.array([0.0, 1e4])))
        if value > 1e-9:
            return PER_ENTRY
        probe = np.linspace(0.05, 0.95, 19)
        got = np.asarray(numerical_derivative(fns.cubic, probe), dtype=float)
        error = float(np.max(np.abs(got - fns.cubic_prime(probe))))
        if not error <= TOL:
            return SQRT_EPS.format(error=error)
    except (ArithmeticError, ValueError, TypeError, IndexError):
        return None
    return None


def _check(numerical_derivative, f, x, what):
    """numerical_derivative(f, x) must be within 1e-8 · max(1, |f'(x)|) of f'(x), elementwise."""
    x0 = np.array(x, copy=True) if isinstance(x, np.ndarray) else x
    exact = getattr(fns, f.__name__ + "_prime")(x0)
    try:
        got = numerical_derivative(f, x)
    except (ValueError, TypeError) as exc:
        if "truth value of an array" not in str(exc):
            raise
        raise Mismatch(f"{what} raised {type(exc).__name__}: {exc}. Hint: {PYTHON_MAX}",
                       verdict=f"raised {type(exc).__name__} on an array; {PYTHON_MAX}",
                       hint=PYTHON_MAX, kind="raised") from None
    if isinstance(x, np.ndarray):
        expect_unchanged(x0, x, what="x")
        if isinstance(got, (list, tuple)):
            expect_array(got, what=what)
    scale = np.maximum(1.0, np.abs(exact))
    try:
        # type and shape first (a loose tolerance), then the accuracy
        expect_close(got, exact, rtol=0, atol=np.inf, what=what)
        if isinstance(x, np.ndarray):
            expect_array(got, what=what)
        err = np.abs(np.asarray(got, dtype=float) - exact)
        relative = np.where(np.isfinite(err), err / scale, np.inf)
        worst = float(np.max(relative))
        if worst > TOL:
            where = ""
            if np.ndim(exact):
                i = np.unravel_index(np.argmax(relative), np.shape(exact))
                where = f" at entry {i[0] if len(i) == 1 else tuple(int(k) for k in i)}"
            expected, received = np.asarray(exact)[...].flat[np.argmax(relative)], \
                np.asarray(got, dtype=float).flat[np.argmax(relative)]
            raise Mismatch(f"{what} is not accurate enough{where}: expected {expected:.12g}, got "
                           f"{received:.12g}, a relative error |d − f′(x)| / max(1, |f′(x)|) of "
                           f"{worst:.1e}, above {TOL:g}.",
                           verdict=f"relative error {worst:.1e}, above {TOL:g}")
    except Mismatch as failure:
        if failure.kind != "values":
            raise
        hint = _diagnose(numerical_derivative)
        if hint is None:
            raise
        raise Mismatch(f"{failure.detail} Hint: {hint}", verdict=f"{failure.verdict}; {hint}",
                       hint=hint, kind="values") from None


@test_case(points=0.75, hidden=False)
def test_exp_and_wiggle(numerical_derivative):
    """numerical_derivative(exponential, 1.0) ≈ e and numerical_derivative(wiggle, 0.5) ≈ wiggle_prime(0.5), to 1e-8"""
    _check(numerical_derivative, fns.exponential, 1.0, "numerical_derivative(exponential, 1.0)")
    _check(numerical_derivative, fns.wiggle, 0.5, "numerical_derivative(wiggle, 0.5)")


@test_case(points=0.75, hidden=False)
def test_cube_at_all_scales(numerical_derivative):
    """numerical_derivative(cube, np.array([0.0, 1.0, 100.0, 10000.0])) ≈ 3x², to 1e-8 relative"""
    _check(numerical_derivative, fns.cube, np.array([0.0, 1.0, 100.0, 10000.0]),
           "numerical_derivative(cube, [0, 1, 100, 10000])")


@test_case(points=1, hidden=True)
def test_random_points(numerical_derivative):
    """random points for wiggle, sine, sigmoid, softplus and the exponential, scalars and 2-D arrays"""
    rng = np.random.default_rng(5401)
    _check(numerical_derivative, fns.wiggle, rng.uniform(-4, 4, size=(3, 4)),
           "numerical_derivative(wiggle, x) for a 3×4 array x")
    _check(numerical_derivative, fns.sine, rng.uniform(-6, 6, size=(2, 5)),
           "numerical_derivative(sine, x) for a 2×5 array x")
    _check(numerical_derivative, fns.sigmoid, rng.uniform(-12, 12, size=7),
           "numerical_derivative(sigmoid, x) for 7 points")
    _check(numerical_derivative, fns.softplus, float(rng.uniform(-3, 3)),
           "numerical_derivative(softplus, x) for a float x")
    _check(numerical_derivative, fns.exponential, rng.uniform(-5, 5, size=6),
           "numerical_derivative(exponential, x) for x in [-5, 5]")


@test_case(points=0.5, hidden=True)
def test_wide_ranges_and_integers(numerical_derivative):
    """x from 0 to 10⁴ mixed in one array, near-stationary points, ln x, integer input; x left unchanged"""
    rng = np.random.default_rng(5402)
    x = np.concatenate([[0.0, 1e-3, 0.5 - np.sqrt(3) / 6, 0.5 + np.sqrt(3) / 6],
                        rng.uniform(-1e4, 1e4, size=4), rng.uniform(-50, 50, size=3)])
    _check(numerical_derivative, fns.cubic, x, "numerical_derivative(cubic, x) for x of very different sizes")
    _check(numerical_derivative, fns.cubic, rng.uniform(0.0, 1.0, size=12),
           "numerical_derivative(cubic, x) for x in [0, 1], where |f(x)| ≫ |f′(x)|")
    _check(numerical_derivative, fns.natural_log, np.exp(rng.uniform(np.log(0.5), np.log(1e4), size=6)),
           "numerical_derivative(natural_log, x) for x in [0.5, 10⁴]")
    _check(numerical_derivative, fns.cube, np.array([-3, 0, 7, 2000]),
           "numerical_derivative(cube, an integer array)")
    _check(numerical_derivative, fns.softplus, 40, "numerical_derivative(softplus, an int x)")
