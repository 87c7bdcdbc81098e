"""q_determinant: a determinant — a numeric value answer (step 0, block "vectors": determinants)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_determinant"
hints = ['For $\\begin{pmatrix} a & b \\\\ c & d\\end{pmatrix}$ the determinant is $ad - bc$.', '$2 \\cdot 3 - 1 \\cdot 5$.']


@test_case(points=1, hidden=False)
def test_form(q_determinant):
    """your answer is a single number"""
    expect_number(q_determinant, name="q_determinant", integer=True)


@test_case(points=1, hidden=True)
def test_value(q_determinant):
    """your answer is right"""
    expect_value(q_determinant, 1, name="q_determinant", misconceptions=[
        (11,
         'ad + bc adds; the determinant subtracts: ad − bc.'),
        (-1,
         'bc − ad has the sign the wrong way round: det = ad − bc.'),
        (6,
         '6 = ad is only the product of the diagonal; subtract bc.'),
        (5,
         '2 + 3 is the trace (the sum of the diagonal), not the determinant.'),
    ])
