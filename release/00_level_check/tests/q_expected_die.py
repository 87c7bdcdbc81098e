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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
