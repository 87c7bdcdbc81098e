"""vector_norms: the l1, l2 and l-infinity norms by hand."""
import numpy as np
from otter.test_files import test_case

from course.testing import expect_close, expect_raises

OK_FORMAT = False
name = "vector_norms"
hints = [
    "Each norm first takes absolute values |x_i| (squaring for l2 makes them non-negative too).",
    "l1 sums the |x_i|; l2 is the square root of the sum of squares; l∞ is the largest |x_i|.",
    "Compare p with 1, 2 and np.inf using ==, and end with `raise ValueError(...)` for anything else.",
]


def _mistakes(x, p):
    """Wrong answers that come from known slips, keyed by the sentence that explains them."""
    x = np.asarray(x, dtype=float)
    if p == 1:
        return {"the l1 norm sums absolute values |x_i|; you summed the signed entries.": np.sum(x)}
    if p == 2:
        return {"you returned the squared length Σ x_i²; take its square root.": np.sum(x * x),
                "the l2 norm squares the entries; you summed absolute values (the l1 norm).":
                    np.sum(np.abs(x))}
    return {"the l∞ norm is the largest absolute value; you took the largest signed entry.": np.max(x)}


@test_case(points=1, hidden=False)
def test_three_four_twelve(norm):
    """x = [3, -4, 12]: l1 = 19, l2 = 13, l∞ = 12"""
    x = [3.0, -4.0, 12.0]
    for p, expected in ((1, 19.0), (2, 13.0), (np.inf, 12.0)):
        expect_close(norm(list(x), p), expected, what=f"norm([3, -4, 12], p={p})",
                     misconceptions=_mistakes(x, p))


@test_case(points=0.5, hidden=False)
def test_unsupported_order(norm):
    """an unsupported p (here p=3) raises ValueError"""
    expect_raises(ValueError, norm, [1.0, 2.0], 3, what="norm([1, 2], p=3)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 1
HIDDEN_POINTS = 1.5
