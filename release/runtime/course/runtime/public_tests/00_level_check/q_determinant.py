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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
