"""running_mean: running means of a sample (the law of large numbers), and where they settle."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_array, expect_close, expect_equal, expect_same_on_integers,
                            expect_true, expect_unchanged)

OK_FORMAT = False
name = "running_mean"
hints = [
    "Entry i (0-based) of the running mean is (x[0] + … + x[i]) / (i + 1): the sum of the first "
    "i + 1 values divided by how many there are.",
    "np.cumsum(x) gives all the partial sums at once; divide it element-wise by "
    "np.arange(1, len(x) + 1). Convert first with x = np.asarray(x, dtype=float).",
    "For settling_index, find the indices where |means − target| > eps (np.flatnonzero). If there "
    "are none the answer is 0; otherwise it is one past the LAST of them.",
]

CUMSUM_ONLY = ("you returned the running SUMS; the running mean divides the sum of the first i + 1 "
               "values by i + 1.")
DIVIDED_BY_N = ("you divided every partial sum by the full length n; entry i averages only the first "
                "i + 1 values, so divide by i + 1 (np.arange(1, n + 1)).")
ZERO_BASED = ("you divided by the 0-based index i; entry i holds i + 1 values, so divide by i + 1 "
              "(np.arange(1, n + 1), not np.arange(n)).")
FIRST_ENTRY = ("you returned the first index where the mean is inside the band, but it may leave the "
               "band again later: settling means staying inside for EVERY later index. Find the last "
               "index outside the band and add 1.")
LAST_OUTSIDE = ("you returned the last index OUTSIDE the band; the running mean has settled one step "
                "later, so return that index + 1.")
STRICT = ("an entry exactly eps away from target counts as inside the band: the condition is "
          "|means[j] − target| <= eps, so test 'outside' with > eps.")


@test_case(points=0.75, hidden=False)
def test_small_running_mean(running_mean):
    """running_mean([2, 4, 6, 0]) = [2, 3, 4, 3] and running_mean(np.array([1.5])) = [1.5]"""
    expect_close(running_mean([2.0, 4.0, 6.0, 0.0]), np.array([2.0, 3.0, 4.0, 3.0]),
                 what="running_mean([2, 4, 6, 0])",
                 misconceptions={CUMSUM_ONLY: np.array([2.0, 6.0, 12.0, 12.0]),
                                 DIVIDED_BY_N: np.array([0.5, 1.5, 3.0, 3.0]),
                                 ZERO_BASED: np.array([np.inf, 6.0, 6.0, 4.0])})
    expect_close(running_mean(np.array([1.5])), np.array([1.5]), what="running_mean(np.array([1.5]))")


@test_case(points=0.75, hidden=False)
def test_settling_index(settling_index):
    """settling_index([3, 1.1, 0.5, 1.25, 1.0, 0.9], 1.0, 0.25) = 3: inside the band at index 1, outside at 2, inside from 3 on (1.25 is exactly on the edge)"""
    means = np.array([3.0, 1.1, 0.5, 1.25, 1.0, 0.9])
    expect_equal(settling_index(means.copy(), 1.0, 0.25), 3,
                 what="settling_index([3, 1.1, 0.5, 1.25, 1.0, 0.9], 1.0, 0.25)",
                 misconceptions={FIRST_ENTRY: 1, LAST_OUTSIDE: 2, STRICT: 4})


@test_case(points=0.25, hidden=False)
def test_settling_edge_cases(settling_index):
    """all entries inside the band gives 0; a last entry outside gives len(means)"""
    expect_equal(settling_index(np.array([0.9, 1.0, 1.05]), 1.0, 0.1), 0,
                 what="settling_index([0.9, 1.0, 1.05], 1.0, 0.1)")
    expect_equal(settling_index(np.array([1.0, 1.0, 1.5]), 1.0, 0.1), 3,
                 what="settling_index([1.0, 1.0, 1.5], 1.0, 0.1)", misconceptions={LAST_OUTSIDE: 2})


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 4
HIDDEN_POINTS = 1.25
