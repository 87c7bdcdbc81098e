"""q_expected_die: an expected value — a numeric value answer (step 0, block "probability": expected values)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_expected_die"
hints = ['$E[X] = \\sum_x x\\,P(X = x)$.', 'Each face has probability $1/6$: $(1 + 2 + \\cdots + 6)/6$.']


@test_case(points=1, hidden=False)
def test_form(q_expected_die):
    """your answer is a single number between 1 and 6"""
    expect_number(q_expected_die, name="q_expected_die", low=1, high=6)


@test_case(points=1, hidden=True)
def test_value(q_expected_die):
    """your answer is right"""
    expect_value(q_expected_die, 3.5, name="q_expected_die", misconceptions=[
        (21,
         '21 is the sum of the faces; weight each face by its probability 1/6.'),
        (3,
         'an expected value need not be a face you can roll: it is the probability-weighted average.'),
        (4,
         'an expected value is not rounded to a face: it is the probability-weighted average.'),
    ])
