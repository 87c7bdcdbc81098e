"""Valid alternatives to `polynomial_features` that must earn full marks."""
import numpy as np


def _checked(x, degree):
    x = np.asarray(x, dtype=float)
    if x.ndim != 1:
        raise ValueError("x must be 1-D")
    if degree < 0:
        raise ValueError("degree must be >= 0")
    return x


def loop_over_degrees(x, degree):
    x = _checked(x, degree)
    return np.column_stack([x ** j for j in range(degree + 1)])


def power_outer(x, degree):
    x = _checked(x, degree)
    return np.power.outer(x, np.arange(degree + 1, dtype=float))


def repeated_products(x, degree):
    x = _checked(x, degree)
    Phi = np.ones((len(x), degree + 1))
    for j in range(1, degree + 1):
        Phi[:, j] = Phi[:, j - 1] * x
    return Phi


ALTERNATIVES = [("polynomial_features", loop_over_degrees), ("polynomial_features", power_outer),
                ("polynomial_features", repeated_products)]
