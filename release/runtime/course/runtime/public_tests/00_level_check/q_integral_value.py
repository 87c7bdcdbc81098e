"""q_integral_value: an integral — a numeric value answer (step 0, block "calculus": integrals)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_integral_value"
hints = ["Find $F$ with $F'(x) = 3x^2$, then compute $F(2) - F(0)$.", '$F(x) = x^3$ works: $\\frac{d}{dx} x^3 = 3x^2$.']


@test_case(points=1, hidden=False)
def test_form(q_integral_value):
    """your answer is a single number"""
    expect_number(q_integral_value, name="q_integral_value")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
