"""Wrong implementations of `confidence_interval`."""
import numpy as np

from course.functions.inference import normal_ppf, t_ppf


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


MUTANTS = [
    ("confidence_interval", always_normal, "Student's t with n − 1 degrees of freedom"),
    ("confidence_interval", one_sided_critical_value, "EACH tail"),
    ("confidence_interval", standard_deviation_not_error, "standard error s / √n"),
    ("confidence_interval", ddof_zero, "divides by n − 1"),
    ("confidence_interval", n_degrees_of_freedom, "n − 1 degrees of freedom, not n"),
    ("confidence_interval", percent_confidence_accepted, None),
]
