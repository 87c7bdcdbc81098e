"""q_dot_value: a dot product — a numeric value answer (step 0, block "vectors": dot products)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_dot_value"
hints = ['Multiply matching entries: $1\\cdot4$, $2\\cdot(-1)$, $3\\cdot2$.', 'Then add the three products.']


@test_case(points=1, hidden=False)
def test_form(q_dot_value):
    """your answer is a single number"""
    expect_number(q_dot_value, name="q_dot_value")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
