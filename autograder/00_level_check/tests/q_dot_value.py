"""q_dot_value: a dot product — a numeric value answer (step 0, block "vectors": dot products)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_dot_value"
hints = ['Multiply matching entries: $1\\cdot4$, $2\\cdot(-1)$, $3\\cdot2$.', 'Then add the three products.']


@test_case(points=1, hidden=False)
def test_form(q_dot_value):
    """your answer is a single number"""
    expect_number(q_dot_value, name="q_dot_value")


@test_case(points=1, hidden=True)
def test_value(q_dot_value):
    """your answer is right"""
    expect_value(q_dot_value, 8, name="q_dot_value", misconceptions=[
        (11,
         'you added all six entries; the dot product multiplies matching entries, then adds: 1·4 + 2·(−1) + 3·2.'),
        (12,
         'the minus sign of −1 was lost: 2 · (−1) = −2.'),
        (30,
         'you multiplied the two sums; multiply matching entries first, then add the products.'),
    ])
