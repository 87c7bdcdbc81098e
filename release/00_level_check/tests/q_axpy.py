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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 2
