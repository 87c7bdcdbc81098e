"""Valid answers to q_summation in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_summation", 16.0),
    ("q_summation", np.float64(16)),
]
