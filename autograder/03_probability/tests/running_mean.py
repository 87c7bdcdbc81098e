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


@test_case(points=0.5, hidden=True)
def test_random_samples_and_integers(running_mean):
    """long random samples (floats and integers, lists and arrays), against an independent reference"""
    rng = np.random.default_rng(3601)
    for n in (2, 17, 500, 3000):
        x = rng.exponential(2.0, size=n)
        expected = np.array([np.mean(x[: i + 1]) for i in range(0, n, max(1, n // 50))])
        got = np.asarray(running_mean(x.copy()), dtype=float)
        expect_true(got.shape == (n,), f"running_mean on a length-{n} sample returned shape {got.shape}.",
                    verdict=f"wrong shape {got.shape}")
        expect_close(got[::max(1, n // 50)], expected, rtol=1e-9, what=f"running_mean on a length-{n} sample")
    rolls = rng.integers(1, 7, size=40)

    def check(values):
        expect_close(running_mean(values), np.cumsum(rolls) / np.arange(1, 41),
                     what="running_mean of 40 integer die rolls")

    expect_same_on_integers(check, rolls, what="running_mean of integer die rolls")
    expect_close(running_mean([1, 2]), np.array([1.0, 1.5]), what="running_mean([1, 2]) on a list of ints")


@test_case(points=0.25, hidden=True)
def test_input_unchanged(running_mean, settling_index):
    """the arrays passed in are left unchanged"""
    rng = np.random.default_rng(3602)
    x = rng.normal(size=25)
    x0 = x.copy()
    running_mean(x)
    expect_unchanged(x0, x, what="the array x")
    means = np.cumsum(x0) / np.arange(1, 26)
    means0 = means.copy()
    settling_index(means, 0.1, 0.3)
    expect_unchanged(means0, means, what="the array means")


@test_case(points=0.25, hidden=True)
def test_settling_on_simulated_means(settling_index):
    """running means of simulated samples, for several tolerances eps"""
    rng = np.random.default_rng(3603)
    for n, eps in [(200, 0.5), (1000, 0.1), (1000, 0.02), (5000, 0.05)]:
        x = rng.normal(loc=2.0, size=n)
        means = np.cumsum(x) / np.arange(1, n + 1)
        outside = [i for i in range(n) if abs(means[i] - 2.0) > eps]
        expected = outside[-1] + 1 if outside else 0
        inside = [i for i in range(n) if abs(means[i] - 2.0) <= eps]
        wrong = {LAST_OUTSIDE: expected - 1}
        if inside and inside[0] != expected:
            wrong[FIRST_ENTRY] = inside[0]
        expect_equal(settling_index(means.copy(), 2.0, eps), expected,
                     what=f"settling_index for {n} running means and eps = {eps:g}", misconceptions=wrong)
    means = np.array([5.0, 4.0, 3.0])
    expect_equal(settling_index(means, 0.0, 1.0), 3, what="settling_index when no entry is inside")


@test_case(points=0.25, hidden=True)
def test_float_arrays_scales_and_degenerate_bands(running_mean, settling_index):
    """float arrays out (integer and list input too); data scaled by 1e-9 and 1e9 (relative tolerance); eps = 0 and an empty sequence"""
    for values, what in (([1, 2, 4], "running_mean([1, 2, 4])"),
                         (np.array([3, 0, 0, 1]), "running_mean(np.array([3, 0, 0, 1]))")):
        got = running_mean(values)
        expect_array(got, what=what)
    rng = np.random.default_rng(3604)
    base = rng.normal(size=30)
    for scale in (1e-9, 1e9):
        x = base * scale
        expected = np.cumsum(x) / np.arange(1, 31)
        expect_close(running_mean(x.copy()), expected, rtol=1e-9, atol=0.0,
                     what=f"running_mean on 30 values of size about {scale:g}",
                     misconceptions={DIVIDED_BY_N: np.cumsum(x) / 30})
    expect_equal(settling_index(np.array([1.0, 0.5, 1.0, 1.0]), 1.0, 0.0), 2,
                 what="settling_index([1, 0.5, 1, 1], 1.0, 0.0) (eps = 0: only exact hits are inside)",
                 misconceptions={STRICT: 4})
    expect_equal(settling_index(np.array([], dtype=float), 0.0, 0.1), 0,
                 what="settling_index of an empty array (no entry outside the band)")
