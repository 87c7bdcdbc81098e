"""q_two_dice: two dice — a numeric value answer (step 0, block "probability": counting outcomes)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_two_dice"
hints = ['There are $6 \\times 6 = 36$ equally likely ordered pairs.', 'List the pairs with sum 7: (1, 6), (2, 5), …']


@test_case(points=1, hidden=False)
def test_form(q_two_dice):
    """your answer is a single number between 0 and 1"""
    expect_number(q_two_dice, name="q_two_dice", low=0, high=1)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
