"""Valid answers to q_power_derivative in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_power_derivative", 12.0),
    ("q_power_derivative", np.float64(12)),
]
