"""q_matrix_shape: the shape of a product — a value answer, a tuple (step 0, block "vectors": matrix products)."""
from otter.test_files import test_case

from course.runtime.testing import expect_value, expect_whole_numbers

OK_FORMAT = False
name = "q_matrix_shape"
hints = ['$(m \\times n)(n \\times p)$ gives an $m \\times p$ matrix.', 'Each entry of $AB$ is a row of $A$ dotted with a column of $B$.']


@test_case(points=1, hidden=False)
def test_form(q_matrix_shape):
    """your answer is a tuple of 2 whole numbers"""
    expect_whole_numbers(q_matrix_shape, 2, name="q_matrix_shape")


@test_case(points=1, hidden=True)
def test_value(q_matrix_shape):
    """your answer is right"""
    expect_value(q_matrix_shape, (2, 4), name="q_matrix_shape", misconceptions=[
        ((3, 3),
         'the shared inner size (3) disappears; rows come from A, columns from B.'),
        ((4, 2),
         'rows come from the first factor A and columns from the second, B: order matters.'),
        ((2, 3, 4),
         'the shared size 3 disappears from the product: (2×3)(3×4) gives rows × columns.'),
        ((3, 4),
         "that is the shape of B; the product has A's rows."),
    ])
