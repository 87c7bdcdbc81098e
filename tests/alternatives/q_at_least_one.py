"""Valid answers to q_at_least_one in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_at_least_one", 0.875),
    ("q_at_least_one", np.float64(1 - (1 / 2) ** 3)),
]
