"""Valid answers to q_integral_value in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_integral_value", 8.0),
    ("q_integral_value", np.float64(8)),
]
