"""bernoulli_binomial_pmf: the Bernoulli pmf, log m!, and the binomial pmf computed in log space."""
import math

import numpy as np
from otter.test_files import test_case

from course.runtime.testing import expect_array, expect_close, expect_raises, expect_true, expect_unchanged

OK_FORMAT = False
name = "bernoulli_binomial_pmf"
hints = [
    "Bernoulli: P(X = 1) = p, P(X = 0) = 1 − p, and 0 for every other k; np.where(k == 1, p, ...) "
    "nested twice handles arrays. Binomial: compute log C(n, k) + k log p + (n − k) log(1 − p) and "
    "take np.exp only at the end.",
    "log m! = math.lgamma(m + 1). math.lgamma takes one number: np.vectorize(math.lgamma, "
    "otypes=[float])(np.asarray(m) + 1.0) applies it element-wise. Then log C(n, k) = "
    "log_factorial(n) − log_factorial(k) − log_factorial(n − k).",
    "For k outside 0..n, replace k by 0 before the logs (kk = np.where(inside, k, 0)) and return "
    "np.where(inside, np.exp(log_pmf), 0.0). For p = 0 or 1, use np.where(kk > 0, kk * np.log(p), "
    "0.0) so that 0 · log 0 counts as 0 (wrap it in np.errstate(divide='ignore')).",
]

bans = {"bernoulli_pmf": ["scipy"], "log_factorial": ["scipy"], "binomial_pmf": ["scipy"]}
ban_reason = ("this notebook builds the pmfs from scratch with NumPy and the math module (math.lgamma for "
              "log m!); scipy.stats and scipy.special do it for you, and are fine to use from step 3, "
              "notebook 3 (inference) on.")

OVERFLOW = ("factorials and binomial coefficients overflow floats (171! > 1.8e308, and C(2000, 1000) "
            "has 601 digits), and p**k underflows to 0.0: compute log C(n, k) = log n! − log k! − "
            "log (n−k)! with math.lgamma(m + 1) = log m!, add k·log p + (n−k)·log(1−p), and apply "
            "np.exp once at the end.")
UNDERFLOW = ("you returned 0.0, but the answer is about 0.01: p**k · (1−p)**(n−k) underflows to 0.0 "
             "for large n before the huge binomial coefficient can compensate. Add the logarithms "
             "instead and apply np.exp once at the end.")
SWAPPED = ("you swapped p and 1 − p: p is the probability of a success and goes with the k "
           "successes, P(K = k) = C(n, k) p^k (1 − p)^(n−k).")
BERNOULLI_ALWAYS_P = "P(X = 0) is 1 − p, not p: a Bernoulli variable is 1 with probability p and 0 otherwise."
GAMMA_SHIFT = ("you computed log (m−1)!: the Gamma function is shifted, Γ(m) = (m−1)!, so log m! is "
               "math.lgamma(m + 1).")
LOG10 = "log m! is the natural logarithm (np.log, math.lgamma), not log10 or log2."
OUTSIDE = ("for k < 0 or k > n the probability is 0.0 (there are no ways to get fewer than 0 or "
           "more than n successes); with np.where, replace such k by 0 before taking logs.")
NOT_ZERO_OUTSIDE = ("a Bernoulli variable only takes the values 0 and 1: for any other k (2, −1, 0.5) "
                    "the pmf is 0.0, but the formula p**k (1−p)**(1−k) gives a nonzero number there; "
                    "select with np.where(k == 1, p, np.where(k == 0, 1 − p, 0.0)).")
DEGENERATE_P_RAISES = ("p = 0 and p = 1 are valid parameters (a coin that never / always lands heads): "
                       "only p < 0 or p > 1 raises ValueError. Check with `if not 0 <= p <= 1`.")
ZERO_LOG_ZERO = ("with p = 0 or p = 1 one of the terms is 0 · log 0, which NumPy computes as nan; it "
                 "must count as 0 (all the mass sits on k = 0 or k = n). Use np.where(kk > 0, "
                 "kk * np.log(p), 0.0).")


def _call(func, *args, what):
    """Call the learner; an OverflowError or a NaN/inf result gets the log-space hint."""
    try:
        got = func(*args)
    except OverflowError as exc:
        expect_true(False, f"{what} raised OverflowError ({exc}).", verdict="raised OverflowError",
                    hint=OVERFLOW)
    try:
        finite = bool(np.all(np.isfinite(np.asarray(got, dtype=float))))
    except (TypeError, ValueError):
        finite = True   # not numeric: expect_close reports the type
    expect_true(finite, f"{what} returned {got!r}, which contains nan or inf.",
                verdict="returned nan or inf", hint=OVERFLOW)
    return got


@test_case(points=0.25, hidden=False)
def test_bernoulli(bernoulli_pmf):
    """bernoulli_pmf(1, 0.3) = 0.3, bernoulli_pmf(0, 0.3) = 0.7, bernoulli_pmf([0, 1, 2], 0.3) = [0.7, 0.3, 0]"""
    expect_close(bernoulli_pmf(1, 0.3), 0.3, what="bernoulli_pmf(1, 0.3)")
    expect_close(bernoulli_pmf(0, 0.3), 0.7, what="bernoulli_pmf(0, 0.3)",
                 misconceptions={BERNOULLI_ALWAYS_P: 0.3})
    expect_close(bernoulli_pmf(np.array([0, 1, 2]), 0.3), np.array([0.7, 0.3, 0.0]),
                 what="bernoulli_pmf(np.array([0, 1, 2]), 0.3)",
                 misconceptions={BERNOULLI_ALWAYS_P: np.array([0.3, 0.3, 0.0]),
                                 NOT_ZERO_OUTSIDE: np.array([0.7, 0.3, 0.09 / 0.7])})


@test_case(points=0.5, hidden=False)
def test_log_factorial(log_factorial):
    """log_factorial(5) = log 120, log_factorial([0, 1, 2, 3]) = log [1, 1, 2, 6], log_factorial(1000) ≈ 5912.1282"""
    expect_close(_call(log_factorial, 5, what="log_factorial(5)"), math.log(120),
                 what="log_factorial(5)",
                 misconceptions={LOG10: math.log10(120), GAMMA_SHIFT: math.log(24)})
    expect_close(_call(log_factorial, np.array([0, 1, 2, 3]), what="log_factorial([0, 1, 2, 3])"),
                 np.log([1.0, 1.0, 2.0, 6.0]), what="log_factorial(np.array([0, 1, 2, 3]))")
    expect_close(_call(log_factorial, 1000, what="log_factorial(1000)"), 5912.128178488163,
                 rtol=1e-9, what="log_factorial(1000)")


@test_case(points=0.5, hidden=False)
def test_small_binomial(binomial_pmf):
    """binomial_pmf(1, 3, 0.2) = 0.384, and binomial_pmf([0, 1, 2, 3], 3, 0.2) = [0.512, 0.384, 0.096, 0.008]"""
    expect_close(binomial_pmf(1, 3, 0.2), 0.384, what="binomial_pmf(1, 3, 0.2)",
                 misconceptions={SWAPPED: 0.096})
    expect_close(binomial_pmf(np.array([0, 1, 2, 3]), 3, 0.2),
                 np.array([0.512, 0.384, 0.096, 0.008]),
                 what="binomial_pmf(np.array([0, 1, 2, 3]), 3, 0.2)",
                 misconceptions={SWAPPED: np.array([0.008, 0.096, 0.384, 0.512])})


@test_case(points=0.5, hidden=False)
def test_large_n_in_log_space(binomial_pmf):
    """binomial_pmf(1000, 2000, 0.5) ≈ 0.0178390 and binomial_pmf(980, 2000, 0.5) ≈ 0.0119599 (no overflow)"""
    what = "binomial_pmf(1000, 2000, 0.5)"
    expect_close(_call(binomial_pmf, 1000, 2000, 0.5, what=what), 0.01783901114585, rtol=1e-7,
                 what=what, misconceptions={UNDERFLOW: 0.0})
    what = "binomial_pmf(980, 2000, 0.5)"
    expect_close(_call(binomial_pmf, 980, 2000, 0.5, what=what), 0.011959919275441313, rtol=1e-7,
                 what=what, misconceptions={UNDERFLOW: 0.0})


@test_case(points=0.25, hidden=False)
def test_invalid_parameters(bernoulli_pmf, log_factorial, binomial_pmf):
    """p = 1.5 or p = −0.1 raise ValueError in both pmfs; n = −1 and log_factorial(−2) raise ValueError"""
    expect_raises(ValueError, bernoulli_pmf, 1, 1.5, what="bernoulli_pmf(1, 1.5)")
    expect_raises(ValueError, binomial_pmf, 1, 3, 1.5, what="binomial_pmf(1, 3, 1.5)")
    expect_raises(ValueError, binomial_pmf, 1, 3, -0.1, what="binomial_pmf(1, 3, -0.1)")
    expect_raises(ValueError, binomial_pmf, 0, -1, 0.5, what="binomial_pmf(0, -1, 0.5)")
    expect_raises(ValueError, log_factorial, -2, what="log_factorial(-2)")


@test_case(points=0.25, hidden=True)
def test_random_arrays_and_large_n(binomial_pmf, log_factorial):
    """arrays of k for several n (up to a few thousand) and p, against an independent reference"""
    rng = np.random.default_rng(3101)
    lgamma = np.vectorize(math.lgamma, otypes=[float])
    ms = rng.integers(0, 20_000, size=20)
    got = _call(log_factorial, ms.copy(), what="log_factorial on an integer array")
    expect_close(got, lgamma(ms + 1.0), rtol=1e-7, what="log_factorial on an integer array",
                 misconceptions={LOG10: lgamma(ms + 1.0) / math.log(10)})
    for n, p in [(1, 0.5), (7, 0.9), (60, 0.05), (500, 0.37), (3000, 0.61), (5000, 0.002)]:
        k = np.sort(rng.integers(0, n + 1, size=25))
        log_choose = lgamma(n + 1.0) - lgamma(k + 1.0) - lgamma(n - k + 1.0)
        expected = np.exp(log_choose + k * math.log(p) + (n - k) * math.log1p(-p))
        swapped = np.exp(log_choose + k * math.log1p(-p) + (n - k) * math.log(p))
        what = f"binomial_pmf(k, {n}, p) for an array k"
        got = _call(binomial_pmf, k.copy(), n, p, what=what)
        expect_close(got, expected, rtol=1e-7, atol=1e-300, what=what,
                     misconceptions={SWAPPED: swapped})


@test_case(points=0.25, hidden=True)
def test_support_edges_and_degenerate_p(binomial_pmf, bernoulli_pmf):
    """k outside 0..n gives 0; p = 0 and p = 1 put all the mass on one k; the pmf sums to 1"""
    k = np.array([-3, -1, 0, 2, 4, 5, 9])
    outside = (k < 0) | (k > 4)
    what = "binomial_pmf(k, 4, 0.5) with some k outside 0..4"
    try:
        got = binomial_pmf(k.copy(), 4, 0.5)
    except (ValueError, IndexError) as exc:
        expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                    verdict=f"raised {type(exc).__name__} for k outside 0..n", hint=OUTSIDE)
    values = np.asarray(got, dtype=float)
    expect_true(values.shape == k.shape and bool(np.all(values[outside] == 0.0)),
                f"{what} returned {got!r}; the entries for k < 0 and k > 4 must be 0.",
                verdict="nonzero (or nan) probability for k outside 0..n", hint=OUTSIDE)
    expect_close(got, np.array([0.0, 0.0, 1 / 16, 6 / 16, 1 / 16, 0.0, 0.0]), what=what)
    ks = np.arange(0, 7)
    for p, mass_at in [(0.0, 0), (1.0, 6)]:
        expected = (ks == mass_at).astype(float)
        what = f"binomial_pmf(np.arange(7), 6, {p:g})"
        try:
            got = binomial_pmf(ks.copy(), 6, p)
        except (ValueError, ZeroDivisionError) as exc:
            expect_true(False, f"{what} raised {type(exc).__name__} ({exc}).",
                        verdict=f"raised {type(exc).__name__} for p = 0 or p = 1",
                        hint=DEGENERATE_P_RAISES if isinstance(exc, ValueError) else ZERO_LOG_ZERO)
        expect_true(bool(np.all(np.isfinite(np.asarray(got, dtype=float)))),
                    f"{what} returned {got!r}.", verdict="returned nan for p = 0 or p = 1",
                    hint=ZERO_LOG_ZERO)
        expect_close(got, expected, what=what)
    expect_close(bernoulli_pmf(np.array([[0, 1], [1, 3]]), 0.0), np.array([[1.0, 0.0], [0.0, 0.0]]),
                 what="bernoulli_pmf on a 2-D array with p = 0")
    rng = np.random.default_rng(3102)
    for n in (10, 250, 1200):
        p = float(rng.uniform(0.05, 0.95))
        total = float(np.sum(_call(binomial_pmf, np.arange(n + 1), n, p, what="binomial_pmf")))
        expect_close(total, 1.0, rtol=1e-9, what=f"the sum of binomial_pmf(k, {n}, p) over k = 0..{n}")


@test_case(points=0.25, hidden=True)
def test_integer_arrays_unchanged(binomial_pmf, log_factorial, bernoulli_pmf):
    """integer and 2-D arrays keep their shape, and the arrays passed in are left unchanged"""
    rng = np.random.default_rng(3103)
    lgamma = np.vectorize(math.lgamma, otypes=[float])
    k = rng.integers(0, 31, size=(3, 4))
    k0 = k.copy()
    got = _call(binomial_pmf, k, 30, 0.4, what="binomial_pmf on a (3, 4) array")
    log_ref = lgamma(31.0) - lgamma(k0 + 1.0) - lgamma(31.0 - k0) + k0 * math.log(0.4) + (30 - k0) * math.log(0.6)
    expect_close(got, np.exp(log_ref), rtol=1e-7, what="binomial_pmf(k, 30, 0.4) for k of shape (3, 4)")
    expect_unchanged(k0, k, what="the array k")
    m = rng.integers(0, 50, size=6)
    m0 = m.copy()
    expect_close(_call(log_factorial, m, what="log_factorial"), lgamma(m0 + 1.0), rtol=1e-7,
                 what="log_factorial on an integer array")
    expect_unchanged(m0, m, what="the array m")
    b = np.array([1, 0, 0, 1, 1])
    expect_close(bernoulli_pmf(b, 0.25), np.where(b == 1, 0.25, 0.75), what="bernoulli_pmf on an integer array")
    expect_unchanged(np.array([1, 0, 0, 1, 1]), b, what="the array k")
    # k outside the support: an implementation that clips or zeroes k in place changes the caller's array
    k = np.array([-2, 0, 3, 12, 10])
    k0 = k.copy()
    inside = (k0 >= 0) & (k0 <= 10)
    kk = np.clip(k0, 0, 10)
    log_ref = lgamma(11.0) - lgamma(kk + 1.0) - lgamma(11.0 - kk) + kk * math.log(0.3) + (10 - kk) * math.log(0.7)
    got = _call(binomial_pmf, k, 10, 0.3, what="binomial_pmf on an array with k < 0 and k > n")
    expect_close(got, np.where(inside, np.exp(log_ref), 0.0), rtol=1e-7,
                 what="binomial_pmf(k, 10, 0.3) for an array with some k outside 0..n")
    expect_unchanged(k0, k, what="the array k (with entries outside 0..n)")


@test_case(points=0.25, hidden=True)
def test_contract_n_zero_and_other_k(binomial_pmf, bernoulli_pmf, log_factorial):
    """arrays in, float arrays out (also for integer p = 1); n = 0; Bernoulli k outside {0, 1}; log 0! = 0"""
    k = np.arange(5)
    what = "binomial_pmf(np.arange(5), 4, 0.5)"
    got = _call(binomial_pmf, k, 4, 0.5, what=what)
    expect_array(got, what=what)
    expect_close(got, np.array([1.0, 4.0, 6.0, 4.0, 1.0]) / 16, what=what)
    what = "binomial_pmf(np.array([0, 1, 2]), 2, 1) with an integer p"
    got = _call(binomial_pmf, np.array([0, 1, 2]), 2, 1, what=what)
    expect_array(got, what=what)
    expect_close(got, np.array([0.0, 0.0, 1.0]), what=what)
    what = "binomial_pmf(np.array([-1, 0, 1]), 0, 0.3) (n = 0: no trials, K = 0 for sure)"
    expect_close(_call(binomial_pmf, np.array([-1, 0, 1]), 0, 0.3, what=what), np.array([0.0, 1.0, 0.0]),
                 what=what)
    k = np.array([-1.0, 0.0, 0.5, 1.0, 2.0, 3.0])
    what = "bernoulli_pmf(np.array([-1, 0, 0.5, 1, 2, 3]), 0.4)"
    got = bernoulli_pmf(k, 0.4)
    expect_array(got, what=what)
    values = np.asarray(got, dtype=float)
    expect_true(values.shape != k.shape or bool(np.all(values[(k != 0) & (k != 1)] == 0.0)),
                f"{what}: the entries for k = −1, 0.5, 2, 3 must be 0.",
                verdict="nonzero Bernoulli probability for some k other than 0 and 1", hint=NOT_ZERO_OUTSIDE)
    expect_close(got, np.array([0.0, 0.6, 0.0, 0.4, 0.0, 0.0]), what=what,
                 misconceptions={NOT_ZERO_OUTSIDE: 0.4 ** k * 0.6 ** (1 - k)})
    what = "bernoulli_pmf(np.array([0, 1]), 1) with an integer p"
    got = bernoulli_pmf(np.array([0, 1]), 1)
    expect_array(got, what=what)
    expect_close(got, np.array([0.0, 1.0]), what=what)
    expect_close(_call(log_factorial, 0, what="log_factorial(0)"), 0.0, what="log_factorial(0)")
    got = _call(log_factorial, np.array([0, 1, 4]), what="log_factorial(np.array([0, 1, 4]))")
    expect_array(got, what="log_factorial(np.array([0, 1, 4]))")
