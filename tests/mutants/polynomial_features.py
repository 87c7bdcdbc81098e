"""Wrong implementations of `polynomial_features`."""
import numpy as np


def _checked(x, degree, dtype=float):
    x = np.asarray(x, dtype=dtype)
    if x.ndim != 1 or degree < 0:
        raise ValueError("x must be 1-D and degree >= 0")
    return x


def decreasing_powers(x, degree):
    x = _checked(x, degree)
    return x[:, None] ** np.arange(degree, -1, -1)


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


# --- added: bans of the notebook's ground rules, a single number accepted ----------------------
import scipy.linalg
from sklearn.preprocessing import PolynomialFeatures


def vander_increasing(x, degree):
    x = _checked(x, degree)
    return np.vander(x, degree + 1, increasing=True)


def polyvander(x, degree):
    x = _checked(x, degree)
    return np.polynomial.polynomial.polyvander(x, degree)


def sklearn_polynomial_features(x, degree):
    x = _checked(x, degree)
    return PolynomialFeatures(degree).fit_transform(x[:, None])


def scipy_toeplitz_exponents(x, degree):
    x = _checked(x, degree)
    exponents = scipy.linalg.toeplitz(np.arange(degree + 1))[0]
    return x[:, None] ** exponents


def inverse_of_identity(x, degree):
    x = _checked(x, degree)
    return (x[:, None] ** np.arange(degree + 1)) @ np.linalg.inv(np.eye(degree + 1))


def pinv_of_identity(x, degree):
    x = _checked(x, degree)
    return (x[:, None] ** np.arange(degree + 1)) @ np.linalg.pinv(np.eye(degree + 1))


def polyfit_sanity_check(x, degree):
    x = _checked(x, degree)
    Phi = x[:, None] ** np.arange(degree + 1)
    if len(x) > degree:
        np.polyfit(x, np.ones_like(x), degree)
    return Phi


def accepts_a_single_number(x, degree):
    x = np.atleast_1d(np.asarray(x, dtype=float))
    if x.ndim != 1 or degree < 0:
        raise ValueError("x must be 1-D and degree >= 0")
    return x[:, None] ** np.arange(degree + 1)


MUTANTS += [
    ("polynomial_features", vander_increasing, "asks you not to use"),
    ("polynomial_features", polyvander, "asks you not to use"),
    ("polynomial_features", sklearn_polynomial_features, "asks you not to use"),
    ("polynomial_features", scipy_toeplitz_exponents, "asks you not to use"),
    ("polynomial_features", inverse_of_identity, "asks you not to use"),
    ("polynomial_features", pinv_of_identity, "asks you not to use"),
    ("polynomial_features", polyfit_sanity_check, "asks you not to use"),
    ("polynomial_features", accepts_a_single_number, "x must be 1-D"),
]
