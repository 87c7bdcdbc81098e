"""Wrong implementations of `confidence_interval`."""
import numpy as np

from course.runtime.functions.inference import normal_ppf, t_ppf


def _validated(x, confidence, method):
    if not 0 < confidence < 1 or method not in ("t", "z"):
        raise ValueError("bad arguments")
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        raise ValueError("too few values")
    return x


def _interval(x, critical, spread):
    m = float(np.mean(x))
    return m - critical * spread, m + critical * spread


def always_normal(x, confidence=0.95, method="t"):
    x = _validated(x, confidence, method)
    return _interval(x, normal_ppf((1 + confidence) / 2), np.std(x, ddof=1) / np.sqrt(x.size))


def one_sided_critical_value(x, confidence=0.95, method="t"):
    x = _validated(x, confidence, method)
    critical = t_ppf(confidence, x.size - 1) if method == "t" else normal_ppf(confidence)
    return _interval(x, critical, np.std(x, ddof=1) / np.sqrt(x.size))


def standard_deviation_not_error(x, confidence=0.95, method="t"):
    x = _validated(x, confidence, method)
    q = (1 + confidence) / 2
    critical = t_ppf(q, x.size - 1) if method == "t" else normal_ppf(q)
    return _interval(x, critical, np.std(x, ddof=1))


def ddof_zero(x, confidence=0.95, method="t"):
    x = _validated(x, confidence, method)
    q = (1 + confidence) / 2
    critical = t_ppf(q, x.size - 1) if method == "t" else normal_ppf(q)
    return _interval(x, critical, np.std(x) / np.sqrt(x.size))


def n_degrees_of_freedom(x, confidence=0.95, method="t"):
    x = _validated(x, confidence, method)
    q = (1 + confidence) / 2
    critical = t_ppf(q, x.size) if method == "t" else normal_ppf(q)
    return _interval(x, critical, np.std(x, ddof=1) / np.sqrt(x.size))


def percent_confidence_accepted(x, confidence=0.95, method="t"):
    if confidence > 1:
        confidence = confidence / 100
    return _correct(x, confidence, method)


def _correct(x, confidence, method):
    x = _validated(x, confidence, method)
    q = (1 + confidence) / 2
    critical = t_ppf(q, x.size - 1) if method == "t" else normal_ppf(q)
    return _interval(x, critical, np.std(x, ddof=1) / np.sqrt(x.size))


def scipy_interval(x, confidence=0.95, method="t"):
    from scipy import stats
    x = _validated(x, confidence, method)
    se = stats.sem(x)
    if method == "t":
        low, high = stats.t.interval(confidence, x.size - 1, loc=np.mean(x), scale=se)
    else:
        low, high = stats.norm.interval(confidence, loc=np.mean(x), scale=se)
    return float(low), float(high)


def one_pass_standard_error(x, confidence=0.95, method="t"):
    x = _validated(x, confidence, method)
    n = x.size
    q = (1 + confidence) / 2
    critical = t_ppf(q, n - 1) if method == "t" else normal_ppf(q)
    s2 = (np.mean(x ** 2) - np.mean(x) ** 2) * n / (n - 1)
    return _interval(x, critical, np.sqrt(max(s2, 0.0) / n))


def returns_array(x, confidence=0.95, method="t"):
    return np.array(_correct(x, confidence, method))


def returns_zero_d_arrays(x, confidence=0.95, method="t"):
    low, high = _correct(x, confidence, method)
    return np.array(low), np.array(high)



def lower_tail_critical_value(x, confidence=0.95, method="t"):
    """Critical value at (1 - c)/2, which is negative: low and high come out swapped."""
    if not 0 < confidence < 1 or method not in ("t", "z"):
        raise ValueError("bad arguments")
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        raise ValueError("need two values")
    q = (1 - confidence) / 2
    critical = t_ppf(q, x.size - 1) if method == "t" else normal_ppf(q)
    se = np.std(x, ddof=1) / np.sqrt(x.size)
    return float(x.mean() - critical * se), float(x.mean() + critical * se)


def method_case_insensitive(x, confidence=0.95, method="t"):
    """Lower-cases method, so 'T' and 'Z' are accepted instead of raising ValueError."""
    method = str(method).lower()
    if not 0 < confidence < 1 or method not in ("t", "z"):
        raise ValueError("invalid arguments")
    x = np.asarray(x, dtype=float)
    if x.size < 2:
        raise ValueError("need 2 values")
    se = float(np.std(x, ddof=1) / np.sqrt(x.size))
    q = (1 + confidence) / 2
    c = t_ppf(q, x.size - 1) if method == "t" else normal_ppf(q)
    m = float(np.mean(x))
    return m - c * se, m + c * se


MUTANTS = [
    ("confidence_interval", always_normal, "Student's t with n − 1 degrees of freedom"),
    ("confidence_interval", one_sided_critical_value, "EACH tail"),
    ("confidence_interval", standard_deviation_not_error, "standard error s / √n"),
    ("confidence_interval", ddof_zero, "divides by n − 1"),
    ("confidence_interval", n_degrees_of_freedom, "n − 1 degrees of freedom, not n"),
    ("confidence_interval", percent_confidence_accepted, "95% is 0.95"),
    ("confidence_interval", scipy_interval, "asks you not to use"),
    ("confidence_interval", one_pass_standard_error, "subtracts the mean first"),
    ("confidence_interval", returns_array, "should return 2 values"),
    ("confidence_interval", returns_zero_d_arrays, "float(low), float(high)"),
    ("confidence_interval", lower_tail_critical_value, "your low end is above your high end"),
    ("confidence_interval", method_case_insensitive, None),
]
