"""Valid answers to q_dot_value in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_dot_value", 8.0),
    ("q_dot_value", np.float64(8)),
]
