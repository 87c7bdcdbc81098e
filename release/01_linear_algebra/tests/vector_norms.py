"""vector_norms: the l1, l2 and l-infinity norms by hand."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import Mismatch, expect_close, expect_raises

OK_FORMAT = False
name = "vector_norms"
hints = [
    "Each norm first takes absolute values |x_i| (squaring for l2 makes them non-negative too).",
    "l1 sums the |x_i|; l2 is the square root of the sum of squares; l∞ is the largest |x_i|.",
    "Compare p with 1, 2 and np.inf using ==, and end with `raise ValueError(...)` for anything else.",
]
bans = {"norm": ["numpy.linalg", "scipy", "numpy.dot", "numpy.matmul", "@", ".dot", "numpy.inner",
                 "numpy.vdot", "numpy.einsum"]}
ban_reason = ("compute each norm from the entries yourself, with np.abs, np.sum, np.max and "
              "np.sqrt (or loops): np.linalg.norm, scipy.linalg.norm and the dot-product shortcuts "
              "(np.dot, @, np.inner, ...) hide what it sums. np.linalg.norm is the tool to use from "
              "01_linear_algebra/03_analytic_geometry on.")

UNSUPPORTED = ("only p = 1, 2 and np.inf are supported: end the function with "
               "`raise ValueError(...)` so that any other p (0, 3, -1, 0.5, ...) is refused "
               "instead of silently computing some other norm.")


def _mistakes(x, p):
    """Wrong answers that come from known slips, keyed by the sentence that explains them."""
    x = np.asarray(x, dtype=float)
    if p == 1:
        return {"the l1 norm sums absolute values |x_i|; you summed the signed entries.": np.sum(x),
                "the l1 norm is Σ|x_i|, the sum of the absolute values; you took |Σ x_i|, the "
                "absolute value of the sum.": abs(np.sum(x)),
                "you returned the l2 norm where p = 1 asks for the l1 norm Σ|x_i|.":
                    np.sqrt(np.sum(x * x))}
    if p == 2:
        return {"you returned the squared length Σ x_i²; take its square root.": np.sum(x * x),
                "the l2 norm squares the entries; you summed absolute values (the l1 norm).":
                    np.sum(np.abs(x)),
                "the l2 norm squares each entry before summing, √(Σ x_i²); you squared the sum, "
                "√((Σ x_i)²) = |Σ x_i|.": abs(np.sum(x))}
    return {"the l∞ norm is the largest absolute value; you took the largest signed entry.": np.max(x),
            "the l∞ norm is the largest absolute value max|x_i|; you took the absolute value of "
            "the largest signed entry.": abs(np.max(x))}


def _refuses(norm, x, p, what):
    try:
        expect_raises(ValueError, norm, x, p, what=what, when=f"for the unsupported order p={p!r}")
    except Mismatch as m:
        raise Mismatch(f"{m.detail} Hint: {UNSUPPORTED}", verdict=f"{m.verdict}; {UNSUPPORTED}",
                       hint=UNSUPPORTED, kind=m.kind) from None


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
    _refuses(norm, [1.0, 2.0], 3, "norm([1, 2], p=3)")


SAME_ORDER = ("p={p!r} is the same number as a supported order, but your norm raised ValueError: "
              "compare p by value with `==` (p == np.inf, p == 2), not with `is` or a type test — "
              "float('inf') and math.inf are other objects than np.inf, and 2.0 == 2.")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.5
