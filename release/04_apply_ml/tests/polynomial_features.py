"""polynomial_features: the (m, p + 1) matrix with columns x⁰, x¹, …, xᵖ."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "polynomial_features"
hints = [
    "The result has one row per value of x and one column per power 0, 1, …, degree: shape "
    "(m, degree + 1). Convert x to a float array first.",
    "Broadcasting builds it in one line: a column of x values (x[:, None], shape (m, 1)) raised to "
    "a row of exponents (np.arange(degree + 1), shape (degree + 1,)).",
]

# the notebook's ground rules hold for every exercise
_GROUND_RULES = ["numpy.linalg.inv", "numpy.linalg.pinv", "numpy.polyfit", "numpy.vander",
                 "numpy.polynomial", "scipy", "sklearn"]
bans = {"polynomial_features": _GROUND_RULES}
ban_reason = ('build the powers yourself (broadcasting or a loop over the degrees); np.polyfit, '
              'np.vander, np.polynomial, SciPy and scikit-learn would do the work for you, and an '
              'explicit inverse (np.linalg.inv, np.linalg.pinv) loses accuracy on ill-conditioned '
              'designs; they are the tools for applied work once this course is done.')

REVERSED = ("your columns are in decreasing order (xᵖ first, as np.vander orders them by default). "
            "Column j must be x**j: x⁰, x¹, …, xᵖ, so that w[j] is the coefficient of xʲ.")
NO_CONSTANT = ("the column x⁰ = 1 is missing: the powers run from 0 to degree, so there are "
               "degree + 1 columns, and the first one is all ones (the intercept).")
SHORT = ("you stopped one power early: the powers run from 0 to degree INCLUSIVE, so there are "
         "degree + 1 columns (range(degree + 1), np.arange(degree + 1)).")
DEGREE_ZERO = ("degree 0 means ONE column, x⁰ = 1 (a constant model): the powers run from 0 to "
               "degree inclusive, so there are always degree + 1 columns.")
OVERFLOW = ("on integer input some entries of your result are wrong, although the same numbers given "
            "as floats work: powers of integers stay integers, and a value such as 12**18 does not "
            "fit in int64, so it wraps around silently. Convert x to float first "
            "(np.asarray(x, dtype=float)).")
NOT_1D = ("x must be 1-D: a single number (0-D) raises ValueError, like a 2-D x. np.atleast_1d or "
          "np.ravel would quietly accept it; test x.ndim != 1 instead.")
ZERO_POWER = ("your result has NaN or inf where x is 0 or negative: computing x**j as "
              "exp(j·log x) fails there. Use plain powers (x[:, None] ** np.arange(degree + 1)); "
              "note that 0.0 ** 0 is 1.")


def _expected(x, degree):
    return np.asarray(x, dtype=float)[:, None] ** np.arange(degree + 1)


def _check(polynomial_features, x, degree, what):
    expected = _expected(x, degree)
    got = polynomial_features(x, degree)
    xf = np.asarray(x, dtype=float)
    wrong = {REVERSED: expected[:, ::-1]}
    if degree >= 1:
        wrong[NO_CONSTANT] = expected[:, 1:]
        wrong[SHORT] = expected[:, :-1]
    else:
        wrong[DEGREE_ZERO] = expected[:, :0]
    arr = np.asarray(got) if got is not None else None
    if arr is not None and arr.dtype.kind == "f" and arr.shape == expected.shape:
        expect_true(np.all(np.isfinite(arr)), f"{what} contains NaN or inf.",
                    verdict="the result contains NaN or inf", hint=ZERO_POWER)
    expect_close(got, expected, rtol=1e-12, atol=0, what=what, misconceptions=wrong)
    return xf


@test_case(points=1, hidden=False)
def test_cubic(polynomial_features):
    """polynomial_features([1, 2, 3], 3) = [[1, 1, 1, 1], [1, 2, 4, 8], [1, 3, 9, 27]]"""
    _check(polynomial_features, np.array([1.0, 2.0, 3.0]), 3, "polynomial_features([1, 2, 3], 3)")


@test_case(points=0.75, hidden=False)
def test_degrees_zero_and_one(polynomial_features):
    """x = [-1.5, 0, 0.5]: degree 0 gives a column of ones (shape (3, 1)), degree 1 gives [[1, -1.5], [1, 0], [1, 0.5]]"""
    x = np.array([-1.5, 0.0, 0.5])
    _check(polynomial_features, x.copy(), 0, "polynomial_features([-1.5, 0, 0.5], 0)")
    _check(polynomial_features, x.copy(), 1, "polynomial_features([-1.5, 0, 0.5], 1)")


@test_case(points=0.25, hidden=False)
def test_invalid_input_raises(polynomial_features):
    """a negative degree, and a 2-D x, raise ValueError"""
    expect_raises(ValueError, polynomial_features, np.array([1.0, 2.0]), -1,
                  what="polynomial_features([1, 2], -1)")
    expect_raises(ValueError, polynomial_features, np.array([[1.0], [2.0]]), 2,
                  what="polynomial_features([[1], [2]], 2)", when="(x must be 1-D)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 1
