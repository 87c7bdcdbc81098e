"""q_solve_linear: solving an equation — a numeric value answer (step 0, block "algebra": solving equations)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_solve_linear"
hints = ['Undo the operations in reverse order: first the $-7$, then the $3\\cdot$.', 'Adding 7 to both sides gives $3x = 18$.']


@test_case(points=1, hidden=False)
def test_form(q_solve_linear):
    """your answer is a single number"""
    expect_number(q_solve_linear, name="q_solve_linear")


@test_case(points=1, hidden=True)
def test_value(q_solve_linear):
    """your answer is right"""
    expect_value(q_solve_linear, 6, name="q_solve_linear", misconceptions=[
        (1.3333333333333333,
         'to undo “− 7”, add 7 to both sides (3x = 18); subtracting it gives 3x = 4.'),
        (18,
         '3x = 18 is one step from the end: divide both sides by 3.'),
        (54,
         'to undo “3 ·”, divide both sides by 3 rather than multiply.'),
    ])
