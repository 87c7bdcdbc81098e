"""Valid answers to q_determinant in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_determinant", 1.0),
    ("q_determinant", np.float64(1)),
]
