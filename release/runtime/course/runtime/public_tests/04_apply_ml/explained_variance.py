"""explained_variance: explained-variance ratios, and the smallest k that keeps a given fraction."""
import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_equal, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "explained_variance"
hints = [
    "The ratio of each eigenvalue is eigenvalue / sum of all eigenvalues; raise ValueError if that "
    "sum is not positive. For choose_k, check 0 < fraction <= 1 first.",
    "np.cumsum of the ratios gives R_1, R_2, ...: the fraction of the variance kept by the first "
    "k components. You want the FIRST position where it is >= fraction - 1e-12.",
    "np.argmax(cumulative >= fraction - 1e-12) is the first such index i (counting from 0); the "
    "number of components is i + 1, returned as int(...).",
]

# the opening cell: no np.cov, scikit-learn or SciPy in this notebook's exercises
_OFF_LIMITS = ["numpy.cov", "scipy", "sklearn"]
bans = {"explained_variance_ratio": _OFF_LIMITS,
        "choose_k": _OFF_LIMITS}
ban_reason = ('compute the ratios and the cumulative sum yourself; np.cov, SciPy and scikit-learn (PCA, '
              'StandardScaler) would do the work for you and are the tools for applied work after the '
              'course.')

CUMULATIVE = ("you returned the cumulative sums R_k; explained_variance_ratio should return each "
              "component's own share, eigenvalue / total (without np.cumsum).")
BY_LARGEST = ("you divided by the largest eigenvalue; the ratio is each eigenvalue divided by the "
              "SUM of all eigenvalues (the total variance), so the ratios add up to 1.")
INDEX = ("you returned the index of the component where the fraction is reached, counting from 0; "
         "k is the NUMBER of components, one more than that index.")
STRICT = ("when the cumulative ratio equals the fraction exactly, that k already keeps enough "
          "variance: the condition is R_k >= fraction, not R_k > fraction.")
NO_TOLERANCE = ("with fraction = 1.0 the cumulative sum of the ratios can end at "
                "0.9999999999999999 because of rounding, so a test R_k >= 1.0 is never true. "
                "Compare with R_k >= fraction - 1e-12.")
TOO_LARGE = ("k cannot exceed the number of eigenvalues. With fraction = 1.0 the cumulative sum "
             "can fall short of 1.0 by rounding: compare with fraction - 1e-12.")

NEGATIVE_SUM = ("\"not positive\" includes negative sums: the spectrum of constant data can come out of eigh "
                "as 0 and tiny negative residues, whose sum is below 0. Raise ValueError when "
                "the total is <= 0, not only when it is exactly 0.")

def _ratios(eigenvalues):
    values = np.asarray(eigenvalues, dtype=float)
    return values / values.sum()


def _k(eigenvalues, fraction, tol=1e-12, strict=False):
    cumulative = np.cumsum(_ratios(eigenvalues))
    reached = cumulative > fraction - tol if strict else cumulative >= fraction - tol
    return int(np.argmax(reached)) + 1 if reached.any() else len(cumulative) + 1

AS_GIVEN = ("use the eigenvalues as given: the ratio of a tiny negative eigenvalue (a rounding "
            "residue of eigh) is a tiny negative number, eigenvalue / total. Do not take np.abs or clip "
            "them to 0.")

SCALE = ("your function raised ValueError, or went wrong, for eigenvalues that are all tiny (1e-20) "
         "or all huge (1e20): an absolute threshold such as total < 1e-12 misfires when the units of "
         "the data change. The ratios do not depend on the scale: test total > 0, as the task says.")
PY_INT = ("choose_k returns a Python int, as the task asks: np.argmax(...) + 1 is a NumPy integer, so "
          "wrap it, int(np.argmax(...)) + 1.")


def _check_ratio(explained_variance_ratio, eigenvalues, what):
    values = np.asarray(eigenvalues, dtype=float)
    expected = _ratios(values)
    expect_close(explained_variance_ratio(eigenvalues), expected, rtol=1e-12, atol=1e-15, what=what,
                 misconceptions={CUMULATIVE: np.cumsum(expected), BY_LARGEST: values / values.max()})


def _call_k(choose_k, eigenvalues, fraction, what):
    try:
        return choose_k(eigenvalues, fraction)
    except (IndexError, StopIteration) as exc:
        expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                    verdict=f"raised {type(exc).__name__}", hint=NO_TOLERANCE)


def _check_k(choose_k, eigenvalues, fraction, what):
    got = _call_k(choose_k, eigenvalues, fraction, what)
    n = len(eigenvalues)
    if isinstance(got, (int, np.integer)) and not isinstance(got, bool):
        expect_true(got <= n, f"{what} returned {got}, but there are only {n} eigenvalues.",
                    verdict="k is larger than the number of eigenvalues", hint=TOO_LARGE)
    expected = _k(eigenvalues, fraction)
    wrong = [(expected - 1, INDEX)]
    no_tol = _k(eigenvalues, fraction, tol=0.0)
    # without the tolerance: the first k past the rounded-down sum, or all n when none is reached
    # (named first: where a strict > gives the same k, rounding is what the case is about)
    for value in {no_tol, min(no_tol, n), 1 if no_tol > n else no_tol}:
        if value != expected and value not in (w for w, _ in wrong):
            wrong.append((value, NO_TOLERANCE))
    strict = _k(eigenvalues, fraction, tol=0.0, strict=True)
    if strict != expected and strict not in (w for w, _ in wrong):
        wrong.append((strict, STRICT))
    expect_equal(got, expected, what=what, misconceptions=wrong)


@test_case(points=1, hidden=False)
def test_ratios(explained_variance_ratio):
    """explained_variance_ratio([6, 3, 1]) = [0.6, 0.3, 0.1]; ([2, 1, 1, 0]) = [0.5, 0.25, 0.25, 0]"""
    _check_ratio(explained_variance_ratio, np.array([6.0, 3.0, 1.0]),
                 "explained_variance_ratio([6, 3, 1])")
    _check_ratio(explained_variance_ratio, np.array([2.0, 1.0, 1.0, 0.0]),
                 "explained_variance_ratio([2, 1, 1, 0])")


@test_case(points=1, hidden=False)
def test_choose_k(choose_k):
    """choose_k([6, 3, 1], 0.8) = 2, choose_k([2, 1, 1], 0.75) = 2 (exactly 75 %), choose_k([4.4, 2.3, 1.7, 0.8, 0.3], 1.0) = 5"""
    _check_k(choose_k, np.array([6.0, 3.0, 1.0]), 0.8, "choose_k([6, 3, 1], 0.8)")
    _check_k(choose_k, np.array([2.0, 1.0, 1.0]), 0.75, "choose_k([2, 1, 1], 0.75)")
    _check_k(choose_k, np.array([4.4, 2.3, 1.7, 0.8, 0.3]), 1.0,
             "choose_k([4.4, 2.3, 1.7, 0.8, 0.3], 1.0)")


@test_case(points=0.25, hidden=False)
def test_invalid_arguments(explained_variance_ratio, choose_k):
    """all-zero eigenvalues, and fractions 0 and 1.5, raise ValueError"""
    expect_raises(ValueError, explained_variance_ratio, np.zeros(3),
                  what="explained_variance_ratio([0, 0, 0])")
    expect_raises(ValueError, choose_k, np.array([3.0, 1.0]), 0.0, what="choose_k([3, 1], 0.0)")
    expect_raises(ValueError, choose_k, np.array([3.0, 1.0]), 1.5, what="choose_k([3, 1], 1.5)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.75
