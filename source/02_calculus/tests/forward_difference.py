"""forward_difference: (f(x + h) - f(x)) / h, elementwise for a float or an array x."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.derivatives import cube, exponential, line, sigmoid, square, wiggle
from course.runtime.testing import Mismatch, expect_array, expect_close, expect_raises, expect_unchanged

OK_FORMAT = False
name = "forward_difference"
hints = [
    "Evaluate f at two points, x + h and x, and divide the difference of the values by h.",
    "f works on whole arrays, so f(x + h) - f(x) is already elementwise: no loop is needed, and the "
    "result automatically has the shape of x.",
    "Raise ValueError when h <= 0 before computing anything. Convert with x = np.asarray(x, dtype=float), "
    "and never write x += h: that changes the caller's array.",
]
bans = {"forward_difference": ["numpy.gradient", "numpy.diff"]}
ban_reason = ("evaluate f at x + h and at x yourself and divide the difference by h: that quotient "
              "is the point of the exercise. np.gradient and np.diff are fine in your own work "
              "from here on, but not inside this function.")

CENTRAL = ("you computed the central difference (f(x + h) − f(x − h)) / (2h); this exercise asks "
           "for the forward difference (f(x + h) − f(x)) / h.")
BACKWARD = ("you stepped backwards, (f(x) − f(x − h)) / h; the forward difference uses the point to "
            "the right: (f(x + h) − f(x)) / h.")
TWO_H = ("you divided by 2h; the forward difference's two points, x and x + h, are h apart, so "
         "divide by h.")
SHAPE = ("the result must have the shape of x: f works on whole arrays, so compute "
         "(f(x + h) - f(x)) / h on the array itself; a loop over the entries (or over x.ravel()) "
         "loses the shape.")

TINY = ("every h > 0 is a valid step, however small (1e-12 included): raise ValueError only when "
        "h <= 0, without a threshold of your own.")
RELATIVE = ("you scaled the step with x; this function uses the step h it is given, exactly: "
            "(f(x + h) - f(x)) / h.")


def _wrong(f, x, h):
    """The values of the usual mistakes at (f, x, h), for targeted feedback."""
    x = np.asarray(x, dtype=float)
    return {CENTRAL: (f(x + h) - f(x - h)) / (2 * h), BACKWARD: (f(x) - f(x - h)) / h,
            TWO_H: (f(x + h) - f(x)) / (2 * h),
            RELATIVE: (f(x + h * np.maximum(1.0, np.abs(x))) - f(x)) / (h * np.maximum(1.0, np.abs(x)))}


def _expect_result(got, expected, x, what, misconceptions, rtol=1e-8, atol=1e-10):
    """The value of the quotient, and for an array x a NumPy float array of the shape of x."""
    if got is not None and np.ndim(x) > 0 and np.shape(got) != np.shape(x):
        raise Mismatch(f"{what} has shape {np.shape(got)}; x has shape {np.shape(x)}. Hint: {SHAPE}",
                       verdict=f"wrong shape {np.shape(got)}; {SHAPE}", hint=SHAPE, kind="shape")
    expect_close(got, expected, rtol=rtol, atol=atol, what=what, misconceptions=misconceptions)
    if np.ndim(x) > 0:
        expect_array(got, what=what)


@test_case(points=1, hidden=False)
def test_cube_at_one(forward_difference):
    """forward_difference(cube, 1.0, 0.1) = (1.1³ − 1³) / 0.1 = 3.31 (the exact derivative is 3)"""
    expect_close(forward_difference(cube, 1.0, 0.1), 3.31, rtol=1e-10,
                 what="forward_difference(cube, 1.0, 0.1)", misconceptions=_wrong(cube, 1.0, 0.1))


@test_case(points=0.5, hidden=False)
def test_square_on_an_array(forward_difference):
    """forward_difference(square, np.array([0.0, 1.0, 2.0]), 0.5) = 2x + 0.5 = [0.5, 2.5, 4.5]"""
    x = np.array([0.0, 1.0, 2.0])
    _expect_result(forward_difference(square, x.copy(), 0.5), np.array([0.5, 2.5, 4.5]), x,
                   "forward_difference(square, [0, 1, 2], 0.5)", _wrong(square, x, 0.5), rtol=1e-12)


@test_case(points=0.25, hidden=False)
def test_step_must_be_positive(forward_difference):
    """h = 0 and h = -0.1 raise ValueError"""
    expect_raises(ValueError, forward_difference, cube, 1.0, 0.0,
                  what="forward_difference(cube, 1.0, 0.0)")
    expect_raises(ValueError, forward_difference, cube, 1.0, -0.1,
                  what="forward_difference(cube, 1.0, -0.1)")


@test_case(points=0.5, hidden=True)
def test_random_arrays(forward_difference):
    """random x arrays of shapes (6,), (2, 3), (1,) and (4,), several functions and steps; x left unchanged"""
    rng = np.random.default_rng(5101)
    for f, shape, h in ((wiggle, (6,), 1e-2), (exponential, (2, 3), 1e-4), (sigmoid, (6,), 0.3),
                        (wiggle, (1,), 1e-3)):
        x = rng.uniform(-3, 3, size=shape)
        x0 = x.copy()
        expected = (f(x0 + h) - f(x0)) / h
        _expect_result(forward_difference(f, x, h), expected, x0,
                       f"forward_difference on an array of shape {shape}", _wrong(f, x0, h))
        expect_unchanged(x0, x, what="x")
    # x + h - h is not x here: shifting x in place and shifting it back still changes the caller's x
    x = np.array([0.1, 1e-3, -2.3, 5e-7])
    x0 = x.copy()
    _expect_result(forward_difference(square, x, 0.3), (square(x0 + 0.3) - square(x0)) / 0.3, x0,
                   "forward_difference on an array of shape (4,)", _wrong(square, x0, 0.3))
    expect_unchanged(x0, x, what="x")


@test_case(points=0.25, hidden=True)
def test_scalars_and_integers(forward_difference):
    """a Python int, a NumPy float and an integer array as x; the error shrinks in proportion to h"""
    rng = np.random.default_rng(5102)
    expect_close(forward_difference(cube, 2, 0.5), (2.5**3 - 8) / 0.5, rtol=1e-12,
                 what="forward_difference(cube, an int x, h)", misconceptions=_wrong(cube, 2, 0.5))
    x = np.float64(rng.uniform(-1, 1))
    expect_close(forward_difference(wiggle, x, 1e-3), (wiggle(x + 1e-3) - wiggle(x)) / 1e-3,
                 rtol=1e-8, what="forward_difference(wiggle, a np.float64 x, h)",
                 misconceptions=_wrong(wiggle, x, 1e-3))
    xi = np.array([-2, 0, 3])
    _expect_result(forward_difference(square, xi, 0.25), 2 * xi + 0.25, xi,
                   "forward_difference(square, an integer array, h)", _wrong(square, xi, 0.25),
                   rtol=1e-12)
    # first order: dividing h by 10 divides the error on x³ at x = 1 (3h + h²) by about 10
    errors = [abs(forward_difference(cube, 1.0, h) - 3.0) for h in (1e-2, 1e-3)]
    expect_close(errors[0] / errors[1], (3e-2 + 1e-4) / (3e-3 + 1e-6), rtol=1e-6,
                 what="the ratio of the errors for h = 1e-2 and h = 1e-3")


@test_case(points=0.5, hidden=True)
def test_scales_and_steps(forward_difference):
    """large and tiny x (1e8, 1e-8) with steps to match, a tiny valid step h = 1e-12, an int step"""
    for f, x, h in ((square, 1e8, 1.0), (square, np.array([3e8, -2e8]), 16.0),
                    (exponential, 1e-8, 1e-10), (line, 0.5, 1e-12), (cube, 2.0, 1)):
        x = np.asarray(x, dtype=float)[()]
        expected = (f(x + h) - f(x)) / h
        what = f"forward_difference({f.__name__}, x of size {np.max(np.abs(x)):.0e}, h = {h:g})"
        try:
            got = forward_difference(f, x, h)
        except ValueError:
            raise Mismatch(f"{what} raised ValueError. Hint: {TINY}", verdict=f"raised ValueError; {TINY}",
                           hint=TINY, kind="raised") from None
        _expect_result(got, expected, x, what, _wrong(f, x, h), rtol=1e-9, atol=0.0)
