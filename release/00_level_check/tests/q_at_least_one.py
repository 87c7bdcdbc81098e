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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
