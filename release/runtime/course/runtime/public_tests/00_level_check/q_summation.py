"""q_summation: summation notation — a numeric value answer (step 0, block "algebra": summation notation)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_summation"
hints = ['Write the four terms out: $i = 1, 2, 3, 4$ gives $1, 3, \\ldots$', 'The terms are the first four odd numbers.']


@test_case(points=1, hidden=False)
def test_form(q_summation):
    """your answer is a single number"""
    expect_number(q_summation, name="q_summation", integer=True)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
