"""Valid answers to q_derivative_function in other forms, each worth full marks."""
import numpy as np


def central_difference_exact(x):
    return ((x + 1) ** 2 + 3 * (x + 1) - ((x - 1) ** 2 + 3 * (x - 1))) / 2


def with_numpy(x):
    x = np.asarray(x, dtype=float)
    return 2.0 * x + 3.0


ALTERNATIVES = [
    ("df", central_difference_exact),
    ("df", with_numpy),
]
