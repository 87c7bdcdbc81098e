"""q_expected_value: an expected value as a one-line function — a one-line function (step 0, block "probability": expected values)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_close, expect_unchanged

OK_FORMAT = False
name = "q_expected_value"
hints = ['$E[X] = x_1 p_1 + x_2 p_2 + \\cdots$: multiply matching entries and add.', 'That is a dot product: `np.dot(values, probs)`.']


@test_case(points=1, hidden=False)
def test_public_1(expected_value):
    """expected_value([1, 2, 3], [0.5, 0.25, 0.25])"""
    expect_close(expected_value([1, 2, 3], [0.5, 0.25, 0.25]), 1.75, what="expected_value([1, 2, 3], [0.5, 0.25, 0.25])",
                 misconceptions=[
                     (2.0,
                      'that is the plain mean of the values; weight each value by its probability.'),
                     (0.5833333333333334,
                      'the probabilities already weight the values: do not divide by the number of values.'),
                 ])


@test_case(points=1, hidden=False)
def test_public_2(expected_value):
    """expected_value([0, 1], [0.3, 0.7])"""
    expect_close(expected_value([0, 1], [0.3, 0.7]), 0.7, what="expected_value([0, 1], [0.3, 0.7])")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
