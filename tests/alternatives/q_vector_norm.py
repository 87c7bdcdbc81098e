"""Valid answers to q_vector_norm in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_vector_norm", 5.0),
    ("q_vector_norm", np.float64(5)),
]
