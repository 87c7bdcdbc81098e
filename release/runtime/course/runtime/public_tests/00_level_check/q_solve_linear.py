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


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
