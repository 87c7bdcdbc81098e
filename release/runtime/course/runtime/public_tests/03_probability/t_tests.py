"""t_tests: the one-sample t test and Welch's two-sample t test, each returning (t, df, two-sided p)."""
import numpy as np
from otter.test_files import test_case

from course.runtime.functions.inference import normal_cdf, t_cdf
from course.runtime.testing import (Mismatch, expect_close, expect_raises, expect_true, expect_tuple,
                            expect_unchanged)

OK_FORMAT = False
name = "t_tests"
hints = [
    "One sample: t = (mean(x) − mu0) / SE with SE = s / √n (ddof=1) and df = n − 1. Welch: "
    "t = (mean(x) − mean(y)) / √(vx + vy) with vx = s_x²/n_x and vy = s_y²/n_y.",
    "Welch's df is (vx + vy)² / (vx² / (n_x − 1) + vy² / (n_y − 1)); it is usually not a whole "
    "number, and t_cdf accepts that.",
    "Two-sided: p = 2 * t_cdf(-abs(t), df). Raise ValueError before dividing when a sample has "
    "fewer than 2 values or the standard error is 0.",
]

bans = {"one_sample_t_test": ["scipy"], "welch_t_test": ["scipy"]}
ban_reason = ("compute the statistic, the degrees of freedom and the p-value yourself, with t_cdf "
              "from the setup cell; scipy.stats.ttest_1samp and ttest_ind are for applied work after "
              "the course.")

HALF = ("your p-value is half the two-sided one: that is a one-sided p-value. Both tails count "
        "here: p = P(|T| ≥ |t|) = 2 · t_cdf(−|t|, df).")
DOUBLE = ("your p-value is twice the two-sided one; p = P(|T| ≥ |t|) = 2 · t_cdf(−|t|, df): "
          "double one tail, once.")
Z_P = ("your p-value comes from the normal distribution; the t statistic follows Student's t with "
       "df degrees of freedom, whose heavier tails give larger p-values for small samples: use t_cdf.")
DDOF0 = ("your t uses a standard deviation with ddof=0 (dividing by n); the standard error uses the "
         "sample standard deviation with n − 1 in its denominator.")
NO_ROOT_N = "your t divides by s, not by the standard error s / √n."
DF_N = "the one-sample t test has n − 1 degrees of freedom, not n."
POOLED = ("you used the pooled-variance (Student) two-sample test; Welch's test keeps the two "
          "variances apart: t = (x̄ − ȳ) / √(s_x²/n_x + s_y²/n_y), with the Welch–Satterthwaite df.")
POOLED_DF = ("n_x + n_y − 2 is the df of the pooled test; Welch's df is "
             "(vx + vy)² / (vx²/(n_x − 1) + vy²/(n_y − 1)) with vx = s_x²/n_x, vy = s_y²/n_y.")
MIN_DF = ("min(n_x, n_y) − 1 is a conservative shortcut; the task asks for the Welch–Satterthwaite "
          "df (vx + vy)² / (vx²/(n_x − 1) + vy²/(n_y − 1)).")
SIGN = ("your t has the wrong sign: the statistic is (x̄ − μ₀) / SE for one sample and "
        "(x̄ − ȳ) / SE for Welch's test, positive when the (first) sample mean is the larger one.")
WELCH_DF_N = ("in the Welch–Satterthwaite df the denominator divides by n_x − 1 and n_y − 1: "
              "(vx + vy)² / (vx²/(n_x − 1) + vy²/(n_y − 1)), not by n_x and n_y.")
WELCH_DF_S2 = ("the Welch–Satterthwaite df is built from vx = s_x²/n_x and vy = s_y²/n_y, the squared "
               "standard errors, not from the variances s_x² and s_y² themselves.")
CANCELLATION = ("your p-value is 0 (or rounding noise) where the true one is tiny but positive: "
                "1 − t_cdf(|t|, df) rounds to 0 for large |t|. Compute the tail directly: "
                "p = 2 · t_cdf(−|t|, df).")

THRESHOLD = ("your test raised ValueError for data of a tiny scale (around 1e-9), whose standard error "
             "is small but not 0. The t statistic does not depend on the units: raise only when the "
             "standard error is exactly 0, not below an absolute threshold.")
ONE_ZERO = ("your Welch test raised ValueError although only one of the samples has no spread: "
            "the denominator √(vx + vy) is 0 only when BOTH are constant, so raise only then.")


def _no_raise(func, args, what, hint):
    """Call func(*args); a ValueError here is a mistake the hint names."""
    try:
        return func(*args)
    except ValueError as exc:
        raise Mismatch(f"{what} raised ValueError ({exc}). Hint: {hint}",
                       verdict=f"{what} raised ValueError; {hint}", hint=hint, kind="raised") from None


def _close(got, expected, what, misconceptions, rtol=1e-9, atol=0.0):
    """expect_close, working out the (costly) misconception values only when the answer is wrong."""
    try:
        expect_close(got, expected, rtol=rtol, atol=atol, what=what)
    except Mismatch:
        expect_close(got, expected, rtol=rtol, atol=atol, what=what, misconceptions=misconceptions())
        raise


def _check_one_sample(got, x, mu0, expected, what):
    """expected = (t, df, p) from an independent reference."""
    x = np.asarray(x, dtype=float)
    n = x.size
    t_exp, df_exp, p_exp = expected
    t, df, p = expect_tuple(got, 3, what=what, names="t, df, p")
    s, s0 = np.std(x, ddof=1), np.std(x)
    _close(t, t_exp, f"t from {what}", lambda: {DDOF0: (np.mean(x) - mu0) / (s0 / np.sqrt(n)),
                                                 NO_ROOT_N: (np.mean(x) - mu0) / s, SIGN: -t_exp})
    _close(df, df_exp, f"df from {what}", lambda: {DF_N: n})
    _close(p, p_exp, f"p from {what}", lambda: {
        CANCELLATION: 2 * (1 - t_cdf(abs(t_exp), df_exp)), HALF: p_exp / 2, DOUBLE: 2 * p_exp,
        Z_P: 2 * normal_cdf(-abs(t_exp)), DF_N: 2 * t_cdf(-abs(t_exp), n)}, rtol=1e-7, atol=1e-300)


def _check_welch(got, x, y, expected, what):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    nx, ny = x.size, y.size
    t_exp, df_exp, p_exp = expected
    t, df, p = expect_tuple(got, 3, what=what, names="t, df, p")

    def pooled_t():
        pooled = ((nx - 1) * np.var(x, ddof=1) + (ny - 1) * np.var(y, ddof=1)) / (nx + ny - 2)
        return (np.mean(x) - np.mean(y)) / np.sqrt(pooled * (1 / nx + 1 / ny))

    def ddof0_t():
        return (np.mean(x) - np.mean(y)) / np.sqrt(np.var(x) / nx + np.var(y) / ny)

    def df_with(sx2, sy2, dx, dy):
        return (sx2 + sy2) ** 2 / (sx2 ** 2 / dx + sy2 ** 2 / dy)

    vx, vy = np.var(x, ddof=1) / nx, np.var(y, ddof=1) / ny
    _close(t, t_exp, f"t from {what}", lambda: {POOLED: pooled_t(), DDOF0: ddof0_t(), SIGN: -t_exp})
    _close(df, df_exp, f"df from {what}", lambda: {
        POOLED_DF: nx + ny - 2, MIN_DF: min(nx, ny) - 1, WELCH_DF_N: df_with(vx, vy, nx, ny),
        WELCH_DF_S2: df_with(vx * nx, vy * ny, nx - 1, ny - 1)})
    _close(p, p_exp, f"p from {what}", lambda: {
        CANCELLATION: 2 * (1 - t_cdf(abs(t_exp), df_exp)), HALF: p_exp / 2, DOUBLE: 2 * p_exp,
        Z_P: 2 * normal_cdf(-abs(t_exp)), POOLED: 2 * t_cdf(-abs(pooled_t()), nx + ny - 2),
        POOLED_DF: 2 * t_cdf(-abs(t_exp), nx + ny - 2)}, rtol=1e-7, atol=1e-300)


def _one_sample_reference(x, mu0):
    """(t, df, p) with NumPy for t and SciPy's Student t distribution (scipy.special.stdtr, the
    function behind scipy.stats.t and ttest_1samp) for p."""
    from scipy import special

    x = np.asarray(x, dtype=float)
    t = (np.mean(x) - mu0) / (np.std(x, ddof=1) / np.sqrt(x.size))
    return float(t), x.size - 1, float(2 * special.stdtr(x.size - 1, -abs(t)))


def _welch_reference(x, y):
    from scipy import special

    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    vx, vy = np.var(x, ddof=1) / x.size, np.var(y, ddof=1) / y.size
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    return float(t), float(df), float(2 * special.stdtr(df, -abs(t)))


@test_case(points=1, hidden=False)
def test_one_sample(one_sample_t_test):
    """one_sample_t_test([5.1, 4.9, 5.6, 5.8, 6.0, 5.3], 5.0) = (2.605323, 5, 0.047940)"""
    x = np.array([5.1, 4.9, 5.6, 5.8, 6.0, 5.3])
    # mean 5.45, s = 0.42308, SE = 0.17272 (the numbers scipy.stats.ttest_1samp gives)
    _check_one_sample(one_sample_t_test(x.copy(), 5.0), x, 5.0,
                      (2.6053232999393154, 5, 0.047939924666334524),
                      "one_sample_t_test([5.1, 4.9, 5.6, 5.8, 6.0, 5.3], 5.0)")


@test_case(points=1, hidden=False)
def test_welch(welch_t_test):
    """welch_t_test(5 values around 21, 8 values around 18.4) = (3.730301, 4.933707, 0.013900)"""
    x = np.array([19.5, 22.1, 20.4, 23.8, 21.0])
    y = np.array([18.2, 17.9, 19.6, 18.8, 18.5, 19.1, 18.0, 17.4])
    # s_x² = 2.753, s_y² = 0.5055 (the numbers scipy.stats.ttest_ind(x, y, equal_var=False) gives)
    _check_welch(welch_t_test(x.copy(), y.copy()), x, y,
                 (3.7303013776103167, 4.933706899119598, 0.01389982934101671),
                 "welch_t_test([19.5, 22.1, 20.4, 23.8, 21.0], [18.2, 17.9, 19.6, 18.8, 18.5, 19.1, 18.0, 17.4])")


@test_case(points=0.25, hidden=False)
def test_invalid_samples(one_sample_t_test, welch_t_test):
    """a single value, or all values equal (standard error 0), raise ValueError"""
    expect_raises(ValueError, one_sample_t_test, [4.2], 0.0, what="one_sample_t_test([4.2], 0.0)")
    expect_raises(ValueError, one_sample_t_test, [3.0, 3.0, 3.0], 1.0,
                  what="one_sample_t_test([3, 3, 3], 1.0)", when="(the standard error is 0)")
    expect_raises(ValueError, welch_t_test, [1.0, 2.0, 3.0], [4.0], what="welch_t_test([1, 2, 3], [4])")
    expect_raises(ValueError, welch_t_test, [2.0, 2.0], [5.0, 5.0], what="welch_t_test([2, 2], [5, 5])",
                  when="(the standard error is 0)")


# Hidden cases are run at grading (and by check() when autograder/ is present).
HIDDEN_CASES = 2
HIDDEN_POINTS = 0.75
