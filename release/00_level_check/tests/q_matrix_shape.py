"""q_matrix_shape: the shape of a product — a value answer, a tuple (step 0, block "vectors": matrix products)."""
from otter.test_files import test_case

from course.runtime.testing import expect_value, expect_whole_numbers

OK_FORMAT = False
name = "q_matrix_shape"
hints = ['$(m \\times n)(n \\times p)$ gives an $m \\times p$ matrix.', 'Each entry of $AB$ is a row of $A$ dotted with a column of $B$.']


@test_case(points=1, hidden=False)
def test_form(q_matrix_shape):
    """your answer is a tuple of 2 whole numbers"""
    expect_whole_numbers(q_matrix_shape, 2, name="q_matrix_shape")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
