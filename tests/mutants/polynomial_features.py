"""Wrong implementations of `polynomial_features`."""
import numpy as np


def _checked(x, degree, dtype=float):
    x = np.asarray(x, dtype=dtype)
    if x.ndim != 1 or degree < 0:
        raise ValueError("x must be 1-D and degree >= 0")
    return x


def decreasing_powers(x, degree):
    x = _checked(x, degree)
    return np.vander(x, degree + 1)


def without_constant_column(x, degree):
    x = _checked(x, degree)
    return x[:, None] ** np.arange(1, degree + 1)


def one_power_short(x, degree):
    x = _checked(x, degree)
    return x[:, None] ** np.arange(degree)


def integer_powers(x, degree):
    x = _checked(x, degree, dtype=None)
    return x[:, None] ** np.arange(degree + 1)


def powers_through_logarithms(x, degree):
    x = _checked(x, degree)
    with np.errstate(all="ignore"):
        return np.exp(np.log(x)[:, None] * np.arange(degree + 1))


def no_argument_checks(x, degree):
    x = np.asarray(x, dtype=float).ravel()
    return x[:, None] ** np.arange(degree + 1)


MUTANTS = [
    ("polynomial_features", decreasing_powers, "decreasing order"),
    ("polynomial_features", without_constant_column, "x⁰ = 1 is missing"),
    ("polynomial_features", one_power_short, "stopped one power early"),
    ("polynomial_features", integer_powers, "wraps around silently"),
    ("polynomial_features", powers_through_logarithms, "exp(j·log x)"),
    ("polynomial_features", no_argument_checks, "should raise ValueError"),
]
