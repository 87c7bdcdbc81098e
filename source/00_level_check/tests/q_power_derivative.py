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


@test_case(points=1, hidden=True)
def test_value(q_power_derivative):
    """your answer is right"""
    expect_value(q_power_derivative, 12, name="q_power_derivative", misconceptions=[
        (8,
         'that is f(2) = 2³ itself; first take the derivative, 3x², then put in x = 2.'),
        (4,
         'the power rule also brings the old exponent down as a factor: d/dx x³ = 3x², not x².'),
        (6,
         'the power rule lowers the exponent by one: 3x², not 3x.'),
        (24,
         '3 · 2³ = 24 keeps the exponent: the power rule lowers it by one, 3x².'),
    ])
