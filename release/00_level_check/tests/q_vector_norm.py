"""q_vector_norm: the length of a vector — a numeric value answer (step 0, block "vectors": lengths of vectors)."""
from otter.test_files import test_case

from course.runtime.testing import expect_number, expect_value

OK_FORMAT = False
name = "q_vector_norm"
hints = ['Pythagoras: $\\lVert x \\rVert = \\sqrt{x_1^2 + x_2^2}$.', '$3^2 + (-4)^2 = 25$.']


@test_case(points=1, hidden=False)
def test_form(q_vector_norm):
    """your answer is a single number"""
    expect_number(q_vector_norm, name="q_vector_norm")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
