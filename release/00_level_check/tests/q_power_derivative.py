"""q_power_derivative: a derivative — a numeric value answer (step 0, block "calculus": derivatives)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_power_derivative"
hints = ['The power rule: $\\frac{d}{dx} x^n = n x^{n-1}$.', "$f'(x) = 3x^2$; now put in $x = 2$."]


@test_case(points=1, hidden=False)
def test_form(q_power_derivative):
    """your answer is a single number"""
    expect_number(q_power_derivative, name="q_power_derivative")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
