"""Valid answers to q_conditional in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_conditional", 0.5),
    ("q_conditional", np.float64(2 / 4)),
]
