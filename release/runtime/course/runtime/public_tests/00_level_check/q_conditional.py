"""q_conditional: a conditional probability — a numeric value answer (step 0, block "probability": conditional probability)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_conditional"
hints = ['After the first red ball is drawn, what is left in the bag?', '2 red and 2 blue remain.']


@test_case(points=1, hidden=False)
def test_form(q_conditional):
    """your answer is a single number between 0 and 1"""
    expect_number(q_conditional, name="q_conditional", low=0, high=1)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
