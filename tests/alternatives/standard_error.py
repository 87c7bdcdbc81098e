"""Valid alternatives to `standard_error` and `standard_error_diff` that must earn full marks."""
import math
import statistics

import numpy as np


def with_statistics_module(x):
    values = [float(v) for v in x]
    if len(values) < 2:
        raise ValueError("need at least two values")
    return statistics.stdev(values) / math.sqrt(len(values))


def with_np_var(x):
    x = np.array(x, dtype=float)
    if len(x) < 2:
        raise ValueError("need at least two values")
    return float(np.sqrt(np.var(x, ddof=1) / len(x)))


def diff_with_hypot(x, y):
    def se(v):
        v = np.asarray(v, dtype=float)
        if v.size < 2:
            raise ValueError("need at least two values")
        return np.std(v, ddof=1) / np.sqrt(v.size)
    return float(np.hypot(se(x), se(y)))


ALTERNATIVES = [("standard_error", with_statistics_module), ("standard_error", with_np_var),
                ("standard_error_diff", diff_with_hypot)]
