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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
