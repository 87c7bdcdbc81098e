"""Valid answers to q_expected_die in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_expected_die", 3.5),
    ("q_expected_die", np.float64(21 / 6)),
]
