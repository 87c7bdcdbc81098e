"""q_derivative_function: a derivative as a one-line function — a one-line function (step 0, block "calculus": derivatives)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_unchanged

OK_FORMAT = False
name = "q_derivative_function"
hints = ['The power rule gives $\\frac{d}{dx}x^2 = 2x$, and $\\frac{d}{dx}3x = 3$.', '`return 2 * x + 3` works for numbers and arrays alike.']


@test_case(points=1, hidden=False)
def test_public_1(df):
    """df(1.0)"""
    expect_close(df(1.0), 5.0, what="df(1.0)",
                 misconceptions=[
                     (4.0,
                      "that is f(1) itself; return the derivative f'(x), not f(x)."),
                     (2.0,
                      "the derivative of 3x is 3, not 0: f'(x) = 2x + 3."),
                 ])


@test_case(points=1, hidden=False)
def test_public_2(df):
    """df(0.0)"""
    expect_close(df(0.0), 3.0, what="df(0.0)")


@test_case(points=1, hidden=True)
def test_hidden_1(df):
    """an array, elementwise"""
    expect_close(df(np.array([-2.0, 0.5, 10.0])), np.array([-1.0, 4.0, 23.0]), what="df(np.array([-2.0, 0.5, 10.0]))")


@test_case(points=1, hidden=True)
def test_hidden_2(df):
    """an integer and a negative number"""
    expect_close(df(2), 7, what="df(2)")
    expect_close(df(-1.5), 0.0, what="df(-1.5)")
