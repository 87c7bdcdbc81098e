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


@test_case(points=1, hidden=True)
def test_value(q_vector_norm):
    """your answer is right"""
    expect_value(q_vector_norm, 5, name="q_vector_norm", misconceptions=[
        (7,
         '|3| + |−4| = 7 is the 1-norm; the length is the square root of the sum of squares.'),
        (25,
         '25 is the squared length; take the square root.'),
        (-1,
         '3 + (−4): a length is never negative — square the entries first, then add, then take the root.'),
    ])
