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


@test_case(points=1, hidden=True)
def test_value(q_integral_value):
    """your answer is right"""
    expect_value(q_integral_value, 8, name="q_integral_value", misconceptions=[
        (12,
         '6x at x = 2 is 12: you differentiated 3x²; integrating raises the power, and x³ is an antiderivative of 3x².'),
        (24,
         '3 · 2³ = 24 raises the power but forgets to divide by the new exponent 3: an antiderivative of 3x² is x³.'),
    ])
