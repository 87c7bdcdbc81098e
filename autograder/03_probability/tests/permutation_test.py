"""permutation_test: a two-sided permutation test for a difference of means, graded statistically."""
import itertools

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import (expect_array, expect_close, expect_finite, expect_raises, expect_true,
                            expect_tuple, expect_unchanged, expect_uses_rng)

OK_FORMAT = False
name = "permutation_test"
hints = [
    "pooled = np.concatenate([x, y]). One shuffle: perm = rng.permutation(pooled), then "
    "perm[:len(x)].mean() - perm[len(x):].mean(). Repeat n_perm times (or shuffle all rows of "
    "np.tile(pooled, (n_perm, 1)) at once with rng.permuted(..., axis=1)).",
    "Two-sided: count the shuffles with np.abs(perm_diffs) >= abs(observed).",
    "p_value = (1 + count) / (1 + n_perm): the observed labelling counts as one arrangement, so p "
    "is never 0.",
]

bans = {"permutation_test": ["scipy"]}
ban_reason = ("shuffle the pooled values yourself with rng and count the extreme shuffles; "
              "scipy.stats.permutation_test is for applied work after the course.")

NO_PLUS_ONE = ("your p-value is count / n_perm; the permutation p-value is (1 + count) / (1 + n_perm). "
               "The observed labelling is one of the arrangements, and without the +1 the p-value can "
               "be 0, a certainty no finite number of shuffles can give.")
ONE_SIDED = ("your p-value counts only one direction (d* ≥ d_obs or d* ≤ d_obs); the test is "
             "two-sided: count the shuffles with |d*| ≥ |d_obs|.")
NOT_A_SPLIT = ("some of your shuffled differences are not a difference of means for any split of "
               "the pooled data into groups of sizes n_x and n_y. Shuffle WITHOUT replacement "
               "(a permutation of the pooled values) and cut it into the first n_x and the other n_y.")
NOT_SHUFFLED = ("all your shuffled differences are equal: use a fresh random permutation for each "
                "of the n_perm shuffles.")
REVERSED = "observed must be mean(x) − mean(y), in that order."
INCONSISTENT = ("your p-value does not match your own perm_diffs: it must be "
                "(1 + #{|d*| ≥ |d_obs|}) / (1 + n_perm).")

TIES = ("shuffles whose difference equals the observed one exactly must count as extreme too: "
        "count np.abs(perm_diffs) >= abs(observed), with >=, not >.")
NOT_FLOAT = "return observed and p_value as floats, e.g. float(observed), float(p_value)."


def _all_split_differences(x, y):
    """mean(first) − mean(rest) for every way of choosing which n_x pooled values form "x"."""
    pooled = np.concatenate([np.asarray(x, dtype=float), np.asarray(y, dtype=float)])
    n, nx = pooled.size, len(x)
    chosen = np.array(list(itertools.combinations(range(n), nx)))
    sums = pooled[chosen].sum(axis=1)
    return sums / nx - (pooled.sum() - sums) / (n - nx)


def _check_permutation(got, x, y, n_perm, what):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    observed, p, diffs = expect_tuple(got, 3, what=what, names="observed, p_value, perm_diffs")
    d_obs = float(np.mean(x) - np.mean(y))
    scale = max(float(np.max(np.abs(np.concatenate([x, y])))), 1e-300)   # relative to the data
    eps = 1e-9 * scale
    expect_close(observed, d_obs, rtol=1e-12, atol=eps, what=f"observed from {what}",
                 misconceptions={REVERSED: -d_obs})
    expect_array(diffs, what=f"perm_diffs from {what}")
    for label, value in (("observed", observed), ("p_value", p)):
        expect_true(isinstance(value, (float, np.floating)), f"{label} from {what} should be a float; "
                    f"it is {type(value).__name__}.", verdict=f"{label} is not a float", hint=NOT_FLOAT)
    diffs = np.asarray(diffs)
    expect_true(diffs.shape == (n_perm,) and diffs.dtype.kind in "fi",
                f"perm_diffs from {what} should be a numeric array of shape ({n_perm},); it has shape "
                f"{diffs.shape}.", verdict=f"perm_diffs has shape {diffs.shape}, not (n_perm,)")
    diffs = diffs.astype(float)
    expect_finite(diffs, what=f"perm_diffs from {what}")
    expect_true(np.ndim(p) == 0 and np.isreal(p), f"p_value from {what} should be a single number; "
                f"it is {p!r}.", verdict="p_value is not a single number")
    p = float(p)

    # every shuffled difference must come from some split of the pooled data
    all_splits = _all_split_differences(x, y)
    exact = np.unique(all_splits)
    pos = np.clip(np.searchsorted(exact, diffs), 1, exact.size - 1)
    gap = np.minimum(np.abs(diffs - exact[pos - 1]), np.abs(diffs - exact[pos]))
    expect_true(np.all(gap <= eps), f"{np.sum(gap > eps)} of the {n_perm} shuffled differences from "
                f"{what} are not differences of means for any split of the pooled data.",
                verdict="some shuffled differences do not come from a split of the pooled data",
                hint=NOT_A_SPLIT)
    if n_perm >= 20 and exact.size > 2:
        expect_true(np.ptp(diffs) > eps, f"all {n_perm} shuffled differences from {what} are equal.",
                    verdict="all shuffled differences are equal", hint=NOT_SHUFFLED)

    # the p-value from the learner's own shuffles
    strict = int(np.sum(np.abs(diffs) > abs(d_obs) + eps))
    loose = int(np.sum(np.abs(diffs) >= abs(d_obs) - eps))
    count = p * (1 + n_perm) - 1
    if not (strict - 1e-6 <= count <= loose + 1e-6 and abs(count - round(count)) < 1e-6):
        hint = INCONSISTENT
        if strict - 1e-6 <= p * n_perm <= loose + 1e-6:
            hint = NO_PLUS_ONE
        else:
            upper = int(np.sum(diffs >= d_obs - eps))
            lower = int(np.sum(diffs <= d_obs + eps))
            if any(abs(p - (1 + k) / (1 + n_perm)) < 1e-9 or abs(p - k / n_perm) < 1e-9
                   for k in (upper, lower)):
                hint = ONE_SIDED
        expect_true(False, f"p_value = {p:.6g} from {what} does not match its perm_diffs: "
                    f"{strict} to {loose} of them are at least as extreme as {d_obs:.6g}.",
                    verdict="p_value does not match perm_diffs", hint=hint)

    # statistical: the count of extreme shuffles is Binomial(n_perm, exact p)
    p_exact = float(np.mean(np.abs(all_splits) >= abs(d_obs) - eps))
    sd = np.sqrt(n_perm * p_exact * (1 - p_exact))
    expect_true(abs(count - n_perm * p_exact) <= 5 * sd + 1.0,
                f"p_value = {p:.6g} from {what}: the exact permutation p-value (all splits) is "
                f"{p_exact:.6g}, so with {n_perm} shuffles about {n_perm * p_exact:.1f} ± {sd:.1f} "
                f"should be at least as extreme; yours had {count:.0f}.",
                verdict="p_value far from the exact permutation p-value, beyond random variation",
                hint=TIES if strict < loose and abs(count - strict) < 1e-6 else None)
    spread = float(np.std(diffs))
    exact_spread = float(np.std(all_splits))
    if n_perm >= 200 and exact_spread > 0:
        expect_true(abs(spread / exact_spread - 1) <= 0.2 and abs(np.mean(diffs)) <= 5 * exact_spread
                    / np.sqrt(n_perm) + eps,
                    f"the shuffled differences from {what} have mean {np.mean(diffs):.4g} and standard "
                    f"deviation {spread:.4g}; random splits give mean 0 and {exact_spread:.4g}.",
                    verdict="the shuffled differences are not distributed like random splits")


@test_case(points=1, hidden=False)
def test_small_samples(permutation_test):
    """permutation_test([12, 15, 14, 18], [10, 11, 13, 9, 12], 2000, rng): exact p = 5/126 ≈ 0.0397"""
    x, y = np.array([12.0, 15.0, 14.0, 18.0]), np.array([10.0, 11.0, 13.0, 9.0, 12.0])
    # observed 14.75 − 11 = 3.75; 5 of the 126 ways to split the 9 values reach |d| ≥ 3.75
    got = permutation_test(x.copy(), y.copy(), 2000, rng=np.random.default_rng(3351))
    _check_permutation(got, x, y, 2000, "permutation_test([12, 15, 14, 18], [10, 11, 13, 9, 12], 2000, rng)")


@test_case(points=0.5, hidden=False)
def test_separated_samples(permutation_test):
    """two samples of 7 that do not overlap, 200 shuffles: p is small but never 0"""
    x = np.array([31.0, 29.0, 35.0, 33.0, 30.0, 34.0, 32.0])
    y = np.array([21.0, 25.0, 22.0, 24.0, 23.0, 26.0, 20.0])
    # only the 2 of the 3432 splits that separate the groups completely are as extreme as the data
    what = "permutation_test([31, 29, 35, 33, 30, 34, 32], [21, 25, 22, 24, 23, 26, 20], 200, rng)"
    got = permutation_test(x.copy(), y.copy(), 200, rng=np.random.default_rng(3352))
    p = expect_tuple(got, 3, what=what, names="observed, p_value, perm_diffs")[1]
    expect_true(np.ndim(p) == 0 and p >= 1 / 201 - 1e-12,
                f"p_value from {what} is {p!r}, below the smallest possible value 1 / (1 + 200).",
                verdict="p_value is below 1 / (1 + n_perm)", hint=NO_PLUS_ONE)
    _check_permutation(got, x, y, 200, what)


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(permutation_test):
    """an empty sample or n_perm = 0 raises ValueError"""
    rng = np.random.default_rng(3353)
    expect_raises(ValueError, permutation_test, [], [1.0, 2.0], 10, rng,
                  what="permutation_test([], [1, 2], 10, rng)")
    expect_raises(ValueError, permutation_test, [1.0, 2.0], [], 10, rng,
                  what="permutation_test([1, 2], [], 10, rng)")
    expect_raises(ValueError, permutation_test, [1.0], [2.0], 0, rng,
                  what="permutation_test([1], [2], 0, rng)")


@test_case(points=0.75, hidden=True)
def test_random_samples(permutation_test):
    """real-valued samples of sizes 6 and 9, and integer samples with many ties; inputs unchanged"""
    data_rng = np.random.default_rng(3354)
    x, y = data_rng.normal(1.0, 1.0, size=6), data_rng.exponential(1.0, size=9)
    x0, y0 = x.copy(), y.copy()
    got = permutation_test(x, y, 3000, rng=np.random.default_rng(3355))
    expect_unchanged(x0, x, what="x")
    expect_unchanged(y0, y, what="y")
    _check_permutation(got, x0, y0, 3000, "permutation_test on samples of sizes 6 and 9")
    x, y = data_rng.integers(0, 4, size=3), data_rng.integers(1, 5, size=7)
    got = permutation_test(x.copy(), y.copy(), 1000, rng=np.random.default_rng(3356))
    _check_permutation(got, x, y, 1000, "permutation_test on integer samples of sizes 3 and 7")


@test_case(points=0.5, hidden=True)
def test_tiny_samples_and_lists(permutation_test):
    """one value against two (given as lists), a single shuffle, draws only from rng, and ties with the observed difference"""
    x, y = [4.0], [1.0, 7.0]
    got = permutation_test(list(x), list(y), 500, rng=np.random.default_rng(3357))
    _check_permutation(got, x, y, 500, "permutation_test([4], [1, 7], 500, rng)")
    x, y = np.array([2.0, 9.0, 4.0]), np.array([3.0, 8.0])
    got = permutation_test(x.copy(), y.copy(), 1, rng=np.random.default_rng(3358))
    p = expect_tuple(got, 3, what="permutation_test(x, y, 1, rng)", names="observed, p_value, perm_diffs")[1]
    expect_true(np.ndim(p) == 0 and (abs(p - 0.5) < 1e-12 or abs(p - 1.0) < 1e-12),
                f"with a single shuffle the p-value can only be 1/2 or 1; it is {p!r}.",
                verdict="with n_perm = 1 the p-value must be 1/2 or 1", hint=NO_PLUS_ONE)
    _check_permutation(got, x, y, 1, "permutation_test(x, y, 1, rng)")
    expect_uses_rng(permutation_test, x.copy(), y.copy(), 20, what="permutation_test(x, y, 20, rng)")
    # ties: 0/1 data whose means are exact, so a shuffle equal to the observed split is exactly equal
    x, y = [1.0, 1.0], [0.0, 0.0, 1.0, 1.0]
    what = "permutation_test on 0/1 samples where many shuffles tie with the observed difference"
    got = permutation_test(list(x), list(y), 600, rng=np.random.default_rng(3359))
    observed, p, diffs = expect_tuple(got, 3, what=what, names="observed, p_value, perm_diffs")
    diffs = np.asarray(diffs, dtype=float)
    if np.ndim(p) == 0 and diffs.shape == (600,):
        count = float(p) * 601 - 1
        strict, loose = int(np.sum(np.abs(diffs) > 0.5)), int(np.sum(np.abs(diffs) >= 0.5))
        expect_true(not (strict < loose and abs(count - strict) < 1e-6),
                    f"p_value from {what} counts only the shuffles strictly more extreme than the data.",
                    verdict="ties with the observed difference are not counted as extreme", hint=TIES)
    _check_permutation(got, x, y, 600, what)
