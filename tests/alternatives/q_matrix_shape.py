"""Valid answers to q_matrix_shape in other forms, each worth full marks."""
import numpy as np

ALTERNATIVES = [
    ("q_matrix_shape", [2, 4]),
    ("q_matrix_shape", (np.int64(2), np.int64(4))),
]
