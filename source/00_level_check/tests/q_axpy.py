"""q_axpy: vector arithmetic as a one-line function — a one-line function (step 0, block "vectors": vector arithmetic in NumPy)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_unchanged

OK_FORMAT = False
name = "q_axpy"
hints = ['NumPy does arithmetic entry by entry: `a * x` scales every entry of `x`.', "`return a * x + y` makes a new array; `y += ...` would change the caller's `y`."]


@test_case(points=1, hidden=False)
def test_public_1(axpy):
    """axpy(2, [1, 2], [10, 20])"""
    expect_close(axpy(2.0, np.array([1.0, 2.0]), np.array([10.0, 20.0])), np.array([12.0, 24.0]), what="axpy(2, [1, 2], [10, 20])",
                 misconceptions=[
                     (np.array([22.0, 44.0]),
                      'a multiplies x only: a·x + y, not a·(x + y).'),
                     (np.array([11.0, 22.0]),
                      'the factor a is missing: a·x + y.'),
                 ])


@test_case(points=1, hidden=True)
def test_hidden_1(axpy):
    """2-D arrays and a = 0"""
    expect_close(axpy(0.0, np.ones((2, 3)), np.full((2, 3), 4.0)), np.full((2, 3), 4.0), what="axpy(0.0, np.ones((2, 3)), np.full((2, 3), 4.0))")
    expect_close(axpy(-1.5, np.arange(6.0).reshape(2, 3), np.ones((2, 3))), 1 - 1.5 * np.arange(6.0).reshape(2, 3), what="axpy(-1.5, np.arange(6.0).reshape(2, 3), np.ones((2, 3)))")


@test_case(points=1, hidden=True)
def test_hidden_2(axpy):
    """leaves y unchanged"""
    x, y = np.array([1.0, -2.0, 3.0]), np.array([0.5, 0.5, 0.5])
    x0, y0 = x.copy(), y.copy()
    result = axpy(2.0, x, y)
    expect_unchanged(y0, y, what="y")
    expect_unchanged(x0, x, what="x")
    expect_close(result, np.array([2.5, -3.5, 6.5]), what="axpy(2, x, y)")
