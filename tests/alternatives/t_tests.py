"""Valid alternatives to `one_sample_t_test` and `welch_t_test` that must earn full marks."""
import numpy as np

from course.runtime.functions.inference import t_cdf


def one_sample_from_sums(x, mu0):
    x = np.array(x, dtype=float)
    n = len(x)
    if n < 2:
        raise ValueError("need two values")
    mean = x.sum() / n
    s2 = ((x - mean) ** 2).sum() / (n - 1)
    if s2 == 0:
        raise ValueError("all values are equal")
    t = (mean - mu0) / np.sqrt(s2 / n)
    return float(t), n - 1, float(2 * t_cdf(-np.abs(t), n - 1))


def welch_with_np_var(x, y):
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x.size < 2 or y.size < 2:
        raise ValueError("each sample needs two values")
    vx, vy = x.var(ddof=1) / x.size, y.var(ddof=1) / y.size
    se2 = vx + vy
    if not se2 > 0:
        raise ValueError("the standard error is 0")
    t = (x.mean() - y.mean()) / se2 ** 0.5
    df = se2 ** 2 / (vx ** 2 / (x.size - 1) + vy ** 2 / (y.size - 1))
    p = 2 * t_cdf(-abs(t), df)
    return float(t), float(df), float(p)


ALTERNATIVES = [("one_sample_t_test", one_sample_from_sums), ("welch_t_test", welch_with_np_var)]
