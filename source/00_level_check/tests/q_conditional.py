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


@test_case(points=1, hidden=True)
def test_value(q_conditional):
    """your answer is right"""
    expect_value(q_conditional, 0.5, name="q_conditional", misconceptions=[
        (0.6,
         '3/5 is the chance of red on the first draw; after one red ball is taken out, the bag holds 2 red out of 4.'),
        (0.3,
         '0.3 = 3/5 · 2/4 is P(both red), a joint probability; here the first draw is given as red.'),
        (0.4,
         '2/5 still counts 5 balls: one ball has left the bag, so 4 remain.'),
    ])
