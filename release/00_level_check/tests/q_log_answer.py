"""q_log_answer: logarithms — a numeric value answer (step 0, block "algebra": logarithms)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_log_answer"
hints = ['$\\log_2 y$ is the $x$ with $2^x = y$.', 'Write 64 as a power of 2: 2, 4, 8, 16, …']


@test_case(points=1, hidden=False)
def test_form(q_log_answer):
    """your answer is a single number"""
    expect_number(q_log_answer, name="q_log_answer", integer=True)


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
