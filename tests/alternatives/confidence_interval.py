"""Valid alternatives to `confidence_interval` that must earn full marks."""
import numpy as np

from course.runtime.functions.inference import normal_ppf, t_ppf


def lower_tail_critical_value(x, confidence=0.95, method="t"):
    if method not in ("t", "z") or not (0 < confidence < 1):
        raise ValueError("bad arguments")
    x = np.array(x, dtype=float)
    if len(x) < 2:
        raise ValueError("need two values")
    tail = (1 - confidence) / 2                     # the quantile of the lower tail, negated
    critical = -(t_ppf(tail, len(x) - 1) if method == "t" else normal_ppf(tail))
    half = critical * np.std(x, ddof=1) / np.sqrt(len(x))
    centre = x.mean()
    return float(centre - half), float(centre + half)


def with_python_floats(x, confidence=0.95, method="t"):
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    if method == "t":
        values = [float(v) for v in x]
        if len(values) < 2:
            raise ValueError("need two values")
        critical = t_ppf((1 + confidence) / 2, len(values) - 1)
    elif method == "z":
        values = [float(v) for v in x]
        if len(values) < 2:
            raise ValueError("need two values")
        critical = normal_ppf((1 + confidence) / 2)
    else:
        raise ValueError("unknown method")
    n = len(values)
    mean = sum(values) / n
    se = (sum((v - mean) ** 2 for v in values) / (n - 1) / n) ** 0.5
    return mean - critical * se, mean + critical * se


ALTERNATIVES = [("confidence_interval", lower_tail_critical_value),
                ("confidence_interval", with_python_floats)]
