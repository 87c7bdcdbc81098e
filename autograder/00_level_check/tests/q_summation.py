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


@test_case(points=1, hidden=True)
def test_value(q_summation):
    """your answer is right"""
    expect_value(q_summation, 16, name="q_summation", misconceptions=[
        (19,
         'the −1 is inside the sum: it is subtracted once for each of the 4 terms, not once at the end.'),
        (10,
         'that is Σ i for i = 1..4; each term here is 2i − 1.'),
        (8,
         'the sum starts at i = 1 (given below the Σ), not at i = 0.'),
        (20,
         'each term is 2i − 1: the −1 of every term is missing.'),
    ])
