"""dot_product: the dot product u·v computed with a loop."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises

OK_FORMAT = False
name = "dot_product"
hints = [
    "The dot product multiplies matching entries and adds all the products: one number comes out.",
    "Keep a running total: start at 0.0 and, for each position i, add u[i] * v[i].",
    "Compare len(u) and len(v) before the loop and raise ValueError when they differ.",
]

ELEMENTWISE = ("you returned the entrywise products u[i]·v[i]; the dot product adds them up "
               "into a single number.")


@test_case(points=1, hidden=False)
def test_small_integer_lists(dot):
    """dot([1, 2, 3], [4, 5, 6]) on plain Python lists"""
    u, v = [1, 2, 3], [4, 5, 6]
    expect_close(dot(u, v), 32.0, what="dot([1, 2, 3], [4, 5, 6])",
                 misconceptions={ELEMENTWISE: np.multiply(u, v)})


@test_case(points=0.5, hidden=False)
def test_orthogonal_vectors(dot):
    """orthogonal float arrays give 0"""
    u, v = np.array([1.0, -2.0, 0.5]), np.array([2.0, 1.0, 0.0])
    expect_close(dot(u.copy(), v.copy()), 0.0, what="dot([1, -2, 0.5], [2, 1, 0])",
                 misconceptions={ELEMENTWISE: u * v})


@test_case(points=0.5, hidden=False)
def test_length_mismatch(dot):
    """vectors of different lengths raise ValueError"""
    expect_raises(ValueError, dot, [1.0, 2.0, 3.0], [1.0, 2.0], what="dot([1, 2, 3], [1, 2])",
                  when="for vectors of lengths 3 and 2")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1
