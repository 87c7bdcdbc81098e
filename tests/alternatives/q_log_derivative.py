"""Valid answers to q_log_derivative in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_log_derivative", 0.25),
    ("q_log_derivative", 0.25),
    ("q_log_derivative", np.float64(1 / 4)),
]
