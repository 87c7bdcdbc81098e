"""Wrong implementations of `one_sample_t_test` and `welch_t_test`."""
import numpy as np

from course.runtime.functions.inference import normal_cdf, t_cdf


def _sample(x):
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        raise ValueError("need two values")
    return x


def _one_sample_t(x, mu0, ddof=1):
    x = _sample(x)
    se = np.std(x, ddof=ddof) / np.sqrt(x.size)
    if se == 0:
        raise ValueError("zero standard error")
    return (np.mean(x) - mu0) / se, x.size - 1


def one_sided_p(x, mu0):
    t, df = _one_sample_t(x, mu0)
    return float(t), df, float(t_cdf(-abs(t), df))


def doubled_p(x, mu0):
    t, df = _one_sample_t(x, mu0)
    return float(t), df, float(min(1.0, 4 * t_cdf(-abs(t), df)))


def normal_p(x, mu0):
    t, df = _one_sample_t(x, mu0)
    return float(t), df, float(2 * normal_cdf(-abs(t)))


def ddof_zero(x, mu0):
    t, df = _one_sample_t(x, mu0, ddof=0)
    return float(t), df, float(2 * t_cdf(-abs(t), df))


def upper_tail_by_subtraction(x, mu0):
    t, df = _one_sample_t(x, mu0)
    return float(t), df, float(2 * (1 - t_cdf(abs(t), df)))


def n_degrees_of_freedom(x, mu0):
    t, df = _one_sample_t(x, mu0)
    return float(t), df + 1, float(2 * t_cdf(-abs(t), df + 1))


def _variances(x, y):
    x, y = _sample(x), _sample(y)
    vx, vy = np.var(x, ddof=1) / x.size, np.var(y, ddof=1) / y.size
    if vx + vy == 0:
        raise ValueError("zero standard error")
    return x, y, vx, vy


def pooled_variance(x, y):
    x, y, _, _ = _variances(x, y)
    nx, ny = x.size, y.size
    pooled = ((nx - 1) * np.var(x, ddof=1) + (ny - 1) * np.var(y, ddof=1)) / (nx + ny - 2)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(pooled * (1 / nx + 1 / ny))
    return float(t), float(nx + ny - 2), float(2 * t_cdf(-abs(t), nx + ny - 2))


def welch_t_with_pooled_df(x, y):
    x, y, vx, vy = _variances(x, y)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = x.size + y.size - 2
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))


def welch_one_sided(x, y):
    x, y, vx, vy = _variances(x, y)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    return float(t), float(df), float(t_cdf(-abs(t), df))


def welch_normal_p(x, y):
    x, y, vx, vy = _variances(x, y)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    return float(t), float(df), float(2 * normal_cdf(-abs(t)))


def welch_conservative_df(x, y):
    x, y, vx, vy = _variances(x, y)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = min(x.size, y.size) - 1
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))


def welch_ddof_zero(x, y):
    x, y, _, _ = _variances(x, y)
    vx, vy = np.var(x) / x.size, np.var(y) / y.size
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))


def scipy_one_sample(x, mu0):
    from scipy import stats
    x = _sample(x)
    res = stats.ttest_1samp(x, mu0)
    return float(res.statistic), x.size - 1, float(res.pvalue)


def scipy_welch(x, y):
    import scipy.stats as st
    x, y, vx, vy = _variances(x, y)
    res = st.ttest_ind(x, y, equal_var=False)
    return float(res.statistic), float(res.df), float(res.pvalue)


def absolute_threshold(x, mu0):
    x = _sample(x)
    se = np.std(x, ddof=1) / np.sqrt(x.size)
    if se < 1e-8:                      # "treat rounding noise as zero"
        raise ValueError("zero standard error")
    t = (np.mean(x) - mu0) / se
    return float(t), x.size - 1, float(2 * t_cdf(-abs(t), x.size - 1))


def welch_raises_if_either_constant(x, y):
    x, y = _sample(x), _sample(y)
    vx, vy = np.var(x, ddof=1) / x.size, np.var(y, ddof=1) / y.size
    if vx == 0 or vy == 0:
        raise ValueError("zero variance")
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))


def welch_absolute_threshold(x, y):
    x, y = _sample(x), _sample(y)
    vx, vy = np.var(x, ddof=1) / x.size, np.var(y, ddof=1) / y.size
    if vx + vy < 1e-12:
        raise ValueError("zero standard error")
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))


def flipped_sign(x, mu0):
    t, df = _one_sample_t(x, mu0)
    return float(-t), df, float(2 * t_cdf(-abs(t), df))


def welch_df_divides_by_n(x, y):
    x, y, vx, vy = _variances(x, y)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    df = (vx + vy) ** 2 / (vx ** 2 / x.size + vy ** 2 / y.size)
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))


def welch_df_from_variances(x, y):
    x, y, vx, vy = _variances(x, y)
    t = (np.mean(x) - np.mean(y)) / np.sqrt(vx + vy)
    sx2, sy2 = np.var(x, ddof=1), np.var(y, ddof=1)
    df = (sx2 + sy2) ** 2 / (sx2 ** 2 / (x.size - 1) + sy2 ** 2 / (y.size - 1))
    return float(t), float(df), float(2 * t_cdf(-abs(t), df))


MUTANTS = [
    ("one_sample_t_test", one_sided_p, "one-sided p-value"),
    ("one_sample_t_test", doubled_p, "twice the two-sided one"),
    ("one_sample_t_test", normal_p, "normal distribution"),
    ("one_sample_t_test", ddof_zero, "ddof=0"),
    ("one_sample_t_test", upper_tail_by_subtraction, "rounds to 0"),
    ("one_sample_t_test", n_degrees_of_freedom, "n − 1 degrees of freedom, not n"),
    ("welch_t_test", pooled_variance, "pooled-variance"),
    ("welch_t_test", welch_t_with_pooled_df, "df of the pooled test"),
    ("welch_t_test", welch_one_sided, "one-sided p-value"),
    ("welch_t_test", welch_normal_p, "normal distribution"),
    ("welch_t_test", welch_conservative_df, "conservative shortcut"),
    ("welch_t_test", welch_ddof_zero, "ddof=0"),
    ("one_sample_t_test", scipy_one_sample, "asks you not to use"),
    ("welch_t_test", scipy_welch, "asks you not to use"),
    ("one_sample_t_test", absolute_threshold, "not below an absolute threshold"),
    ("welch_t_test", welch_raises_if_either_constant, "BOTH are constant"),
    ("welch_t_test", welch_absolute_threshold, "not below an absolute threshold"),
    ("one_sample_t_test", flipped_sign, "wrong sign"),
    ("welch_t_test", welch_df_divides_by_n, "not by n_x and n_y"),
    ("welch_t_test", welch_df_from_variances, "squared standard errors"),
]
