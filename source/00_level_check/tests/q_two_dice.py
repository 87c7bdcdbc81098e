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


@test_case(points=1, hidden=True)
def test_value(q_two_dice):
    """your answer is right"""
    expect_value(q_two_dice, 0.16666666666666666, name="q_two_dice", misconceptions=[
        (0.09090909090909091,
         'the 11 possible sums 2, …, 12 are not equally likely; count the 36 equally likely (first die, second die) pairs.'),
        (0.027777777777777776,
         '1/36 is the chance of one particular pair, such as (1, 6); several pairs add up to 7.'),
        (0.19444444444444445,
         '7 is the target sum, not the number of pairs that reach it: list the pairs.'),
    ])
