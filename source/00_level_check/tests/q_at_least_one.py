"""q_at_least_one: at least one — a numeric value answer (step 0, block "probability": complements)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_at_least_one"
hints = ['“At least one” is the complement of “none”.', '$P(\\text{no head}) = (1/2)^3$.']


@test_case(points=1, hidden=False)
def test_form(q_at_least_one):
    """your answer is a single number between 0 and 1"""
    expect_number(q_at_least_one, name="q_at_least_one", low=0, high=1)


@test_case(points=1, hidden=True)
def test_value(q_at_least_one):
    """your answer is right"""
    expect_value(q_at_least_one, 0.875, name="q_at_least_one", misconceptions=[
        (0.375,
         '3/8 is the chance of exactly one head; “at least one” also counts two and three heads — use the complement, 1 − P(no head).'),
        (0.125,
         '1/8 is P(no head at all), the complement of what is asked.'),
        (0.5,
         'each toss alone gives a head with probability 1/2, but three tosses give three chances.'),
    ])
