"""Valid answers to q_exponents in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_exponents", 4.0),
    ("q_exponents", np.float64((2 ** 3) ** 2 * 2 ** -4)),
]
