"""central_difference: (f(x + h) - f(x - h)) / (2h), elementwise for a float or an array x."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.derivatives import (cube, exponential, line, sigmoid, sine, softplus, square,
                                          wiggle, wiggle_prime)
from course.runtime.testing import (Mismatch, expect_array, expect_close, expect_raises, expect_true,
                            expect_unchanged)

OK_FORMAT = False
name = "central_difference"
hints = [
    "Step once to each side of x: evaluate f(x + h) and f(x − h). The two points are 2h apart.",
    "f works on whole arrays, so the quotient is elementwise with no loop, and it has the shape of x.",
    "Raise ValueError when h <= 0, and mind the parentheses: `/ 2 * h` divides by 2 and then "
    "MULTIPLIES by h; you want `/ (2 * h)`.",
]
bans = {"central_difference": ["numpy.gradient", "numpy.diff"]}
ban_reason = ("evaluate f at x + h and at x - h yourself and divide the difference by 2h: that "
              "quotient is the point of the exercise. np.gradient and np.diff are fine in your own "
              "work from here on, but not inside this function.")

FORWARD = ("you computed the forward difference (f(x + h) − f(x)) / h; the central difference "
           "steps to both sides: (f(x + h) − f(x − h)) / (2h).")
BY_H = ("you divided by h instead of 2h (your answer is twice the right one): f(x + h) and "
        "f(x − h) are 2h apart, so divide by 2 * h — and write the parentheses: / 2 * h divides "
        "by 2 and then multiplies by h.")
BY_2_TIMES_H = ("you wrote / 2 * h, which Python reads as (… / 2) * h: divide by (2 * h), with "
                "parentheses.")
BACKWARD = ("you computed the backward difference (f(x) − f(x − h)) / h; the central difference "
            "uses both neighbours: (f(x + h) − f(x − h)) / (2h).")
SIGN = ("you subtracted in the wrong order, (f(x − h) − f(x + h)) / (2h), which flips the sign: "
        "the right point comes first, (f(x + h) − f(x − h)) / (2h).")

SHAPE = ("the result must have the shape of x: f works on whole arrays, so compute "
         "(f(x + h) - f(x - h)) / (2 * h) on the array itself; a loop over the entries (or over "
         "x.ravel()) loses the shape.")
TINY = ("every h > 0 is a valid step, however small (1e-12 included): raise ValueError only when "
        "h <= 0, without a threshold of your own.")
RELATIVE = ("you scaled the step with x; this function uses the step h it is given, exactly: "
            "(f(x + h) - f(x - h)) / (2h).")


def _expect_result(got, expected, x, what, misconceptions, rtol=1e-8, atol=1e-10):
    """The value of the quotient, and for an array x a NumPy float array of the shape of x."""
    if got is not None and np.ndim(x) > 0 and np.shape(got) != np.shape(x):
        raise Mismatch(f"{what} has shape {np.shape(got)}; x has shape {np.shape(x)}. Hint: {SHAPE}",
                       verdict=f"wrong shape {np.shape(got)}; {SHAPE}", hint=SHAPE, kind="shape")
    expect_close(got, expected, rtol=rtol, atol=atol, what=what, misconceptions=misconceptions)
    if np.ndim(x) > 0:
        expect_array(got, what=what)


def _wrong(f, x, h):
    """The values of the usual mistakes at (f, x, h), for targeted feedback."""
    x = np.asarray(x, dtype=float)
    return {FORWARD: (f(x + h) - f(x)) / h, BY_H: (f(x + h) - f(x - h)) / h,
            BY_2_TIMES_H: (f(x + h) - f(x - h)) / 2 * h, BACKWARD: (f(x) - f(x - h)) / h,
            SIGN: (f(x - h) - f(x + h)) / (2 * h),
            RELATIVE: (f(x + h * np.maximum(1.0, np.abs(x))) - f(x - h * np.maximum(1.0, np.abs(x))))
            / (2 * h * np.maximum(1.0, np.abs(x)))}


@test_case(points=1, hidden=False)
def test_cube_at_one(central_difference):
    """central_difference(cube, 1.0, 0.1) = (1.1³ − 0.9³) / 0.2 = 3.01 (the exact derivative is 3)"""
    expect_close(central_difference(cube, 1.0, 0.1), 3.01, rtol=1e-10,
                 what="central_difference(cube, 1.0, 0.1)", misconceptions=_wrong(cube, 1.0, 0.1))


@test_case(points=0.5, hidden=False)
def test_cube_on_an_array(central_difference):
    """central_difference(cube, np.array([-1.0, 0.0, 2.0]), 0.5) = 3x² + h² = [3.25, 0.25, 12.25]"""
    x = np.array([-1.0, 0.0, 2.0])
    _expect_result(central_difference(cube, x.copy(), 0.5), np.array([3.25, 0.25, 12.25]), x,
                   "central_difference(cube, [-1, 0, 2], 0.5)", _wrong(cube, x, 0.5), rtol=1e-12)


@test_case(points=0.25, hidden=False)
def test_step_must_be_positive(central_difference):
    """h = 0 and h = -0.1 raise ValueError"""
    expect_raises(ValueError, central_difference, cube, 1.0, 0.0,
                  what="central_difference(cube, 1.0, 0.0)")
    expect_raises(ValueError, central_difference, cube, 1.0, -0.1,
                  what="central_difference(cube, 1.0, -0.1)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 1.25
