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


@test_case(points=1, hidden=True)
def test_value(q_log_derivative):
    """your answer is right"""
    expect_value(q_log_derivative, 0.25, name="q_log_derivative", misconceptions=[
        (1.386294,
         "that is ln 4, the function's value; the derivative of ln x is 1/x."),
        (4,
         '1/x at x = 4 is 1/4, not 4.'),
        (-0.0625,
         '−1/x² is the derivative of 1/x; the derivative of ln x is 1/x itself.'),
    ])
