"""q_geometric_sum: a sum as a one-line function — a one-line function (step 0, block "algebra": summation notation)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_unchanged

OK_FORMAT = False
name = "q_geometric_sum"
hints = ['`range(n)` runs over $k = 0, 1, \\ldots, n-1$, exactly the exponents of the sum.', '`sum(r ** k for k in range(n))` adds the terms; check $r = 1$ by hand if you use the closed form.']


@test_case(points=1, hidden=False)
def test_public_1(geometric_sum):
    """geometric_sum(2, 4)"""
    expect_close(geometric_sum(2, 4), 15, what="geometric_sum(2, 4)",
                 misconceptions=[
                     (30,
                      'the sum starts at k = 0, and r^0 = 1: the terms are 1, 2, 4, 8.'),
                     (31,
                      'n terms: k runs from 0 to n − 1 (range(n)), not to n.'),
                 ])


@test_case(points=1, hidden=False)
def test_public_2(geometric_sum):
    """geometric_sum(0.5, 3)"""
    expect_close(geometric_sum(0.5, 3), 1.75, what="geometric_sum(0.5, 3)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 3
HIDDEN_POINTS = 3
