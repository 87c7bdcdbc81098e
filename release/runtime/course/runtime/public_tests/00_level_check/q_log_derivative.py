"""q_log_derivative: the derivative of a logarithm — a numeric value answer (step 0, block "calculus": derivatives)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_log_derivative"
hints = ['$\\frac{d}{dx} \\ln x = \\frac{1}{x}$ for $x > 0$.', 'Put $x = 4$ into $1/x$.']


@test_case(points=1, hidden=False)
def test_form(q_log_derivative):
    """your answer is a single number"""
    expect_number(q_log_derivative, name="q_log_derivative")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
